package io.openbroker.core.id;

/**
 * How a bank card number's Luhn check digit is treated. Some real Chinese debit cards fail Luhn, so
 * refusing them by default would lock real clients out; the failure is reported instead.
 */
public enum CardCheck {
  /**
   * A Luhn failure is accepted and reported through {@link BankCardNumber#luhnValid()}: callers may
   * warn, ask the client to confirm, or route to review. The default.
   */
  LUHN_WARNING,
  /** A Luhn failure is refused with {@code BANK_CARD_INVALID}. */
  LUHN_STRICT
}
