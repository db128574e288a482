package io.openbroker.banksim;

/** The definite status of a transfer at the bank. */
public enum TransferStatus {
  /** The money moved. */
  SUCCEEDED,
  /** Refused; nothing moved, and a resend with the same serial can never succeed. */
  FAILED,
  /** It succeeded and was then undone by a reversal (冲正). */
  REVERSED
}
