package io.openbroker.recon;

/** The direction of a bank–securities transfer. */
public enum Direction {
  /** 银转证 — deposit: bank account → fund account. */
  BANK_TO_SECURITIES,
  /** 证转银 — withdrawal: fund account → bank account. */
  SECURITIES_TO_BANK;

  /** +1 when money flows into the fund account, −1 when it flows out. */
  public int sign() {
    return this == BANK_TO_SECURITIES ? 1 : -1;
  }
}
