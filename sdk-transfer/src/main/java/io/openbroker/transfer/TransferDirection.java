package io.openbroker.transfer;

/** Which way money moves between a client's bank account and fund account. */
public enum TransferDirection {
  /** 银转证 — deposit: bank account → fund account. Needs the bank password. */
  BANK_TO_SECURITIES,
  /** 证转银 — withdrawal: fund account → bank account. */
  SECURITIES_TO_BANK
}
