package io.openbroker.recon;

/** A fund account's depository binding at the bank, as an account-status file reports it. */
public enum BindingStatus {
  /** 预指定 — chosen by the client at the broker, not yet confirmed at the bank. */
  PRE_DESIGNATED,
  /** 指定 — bound: transfers may flow. */
  DESIGNATED,
  /** 撤销存管 — the binding was revoked. */
  REVOKED
}
