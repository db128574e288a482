package io.openbroker.banksim;

/** Which way a transfer moves money between a client's bank account and fund account. */
public enum TransferDirection {
  /** 银转证 — deposit: bank account → fund account. */
  BANK_TO_SECURITIES,
  /** 证转银 — withdrawal: fund account → bank account. */
  SECURITIES_TO_BANK;

  /** The direction that undoes this one. */
  public TransferDirection opposite() {
    return this == BANK_TO_SECURITIES ? SECURITIES_TO_BANK : BANK_TO_SECURITIES;
  }
}
