package io.openbroker.recon;

/**
 * The class every record of a reconciliation ends in (SPEC §9.2). Exactly one per record; a pair of
 * records with the same key shares one class.
 */
public enum ReconClass {
  /** Both sides agree on every compared field. */
  MATCHED,
  /** 单边账 — recorded by the bank only. */
  BANK_ONLY,
  /** 单边账 — recorded by the broker only. */
  BROKER_ONLY,
  AMOUNT_MISMATCH,
  STATUS_MISMATCH,
  DIRECTION_MISMATCH,
  /** The fund account or the bank account differs; the exception names which. */
  ACCOUNT_MISMATCH,
  /** A key occurring more than once in one file: reported once for that side, then ignored. */
  DUPLICATE,
  /** Outside the business-date window: belongs to another date's reconciliation. */
  OUT_OF_WINDOW;

  /** Whether this class is an exception (anything but {@link #MATCHED}). */
  public boolean isException() {
    return this != MATCHED;
  }
}
