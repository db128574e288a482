package io.openbroker.core.id;

import io.openbroker.core.internal.Mask;

/**
 * A broker fund account number (资金账户): 6 to 20 ASCII digits. It is text, not a number: leading
 * zeros are significant ({@code "000123"} and {@code "123"} are different accounts), so never store
 * or compare it as an integer.
 *
 * <pre>{@code
 * FundAccount account = FundAccount.parse("008812345678");
 * account.toString(); // "********5678"
 * }</pre>
 *
 * @param value the account number in clear, for the wire; never log it
 */
public record FundAccount(String value) {

  private static final IdentifierType TYPE = IdentifierType.FUND_ACCOUNT;

  /** The shortest accepted account number. */
  public static final int MIN_LENGTH = 6;

  /** The longest accepted account number. */
  public static final int MAX_LENGTH = 20;

  public FundAccount {
    if (value == null || value.isEmpty()) {
      throw new InvalidIdentifierException(TYPE, "is missing");
    }
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw new InvalidIdentifierException(TYPE, "must have 6 to 20 digits");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(TYPE, "character " + (i + 1) + " must be a digit");
      }
    }
  }

  /**
   * Parses {@code value}.
   *
   * @throws InvalidIdentifierException with {@code FUND_ACCOUNT_INVALID} naming the reason
   */
  public static FundAccount parse(String value) {
    return new FundAccount(value);
  }

  /** Masked: only the last 4 digits show (fewer for short accounts, so half stays hidden). */
  @Override
  public String toString() {
    return Mask.keep(value, 0, 4, (value.length() + 1) / 2);
  }
}
