package io.openbroker.recon;

/**
 * The proposed handling of an exception, following the industry principle "the side that initiated
 * the transaction handles it" (谁发起谁处理).
 */
public enum Resolution {
  /** Nothing to do: the records agree. */
  NONE,
  /** The bank booked a movement the broker did not: the broker books it after confirmation. */
  BROKER_CREDITS_AFTER_CONFIRMATION,
  /**
   * The bank paid out a withdrawal the broker did not debit: the broker debits after confirmation.
   */
  BROKER_DEBITS_AFTER_CONFIRMATION,
  /** The broker booked a movement the bank did not: the broker reverses (冲正) its entry. */
  BROKER_REVERSES,
  /** A bank-initiated movement the broker lacks: the bank confirms and re-sends the notice. */
  BANK_RESENDS,
  /** A bank-initiated movement the bank did not complete: the bank sends the reversal. */
  BANK_REVERSES,
  /** No money differs but a field does: the initiating side corrects its record. */
  INITIATOR_CORRECTS_RECORD,
  /** The side whose file repeats a key re-issues the file without the duplicate. */
  SIDE_REISSUES_FILE,
  /** The record belongs to another business date: reconcile it there. */
  RECONCILE_ON_ITS_DATE
}
