package io.openbroker.core.id;

import io.openbroker.core.internal.Luhn;
import io.openbroker.core.internal.Mask;
import java.util.Objects;

/**
 * A bank card or bank settlement account number (银行卡号): 12 to 19 ASCII digits. The Luhn check is a
 * warning by default ({@link CardCheck#LUHN_WARNING}): the value is accepted and {@link
 * #luhnValid()} says whether it passed; {@link CardCheck#LUHN_STRICT} refuses a failure.
 *
 * <pre>{@code
 * BankCardNumber card = BankCardNumber.parse("6212821234567899152");
 * if (!card.luhnValid()) { ... ask the client to confirm the number ... }
 * BankCardNumber.parse(text, CardCheck.LUHN_STRICT); // refuses a Luhn failure
 * card.toString(); // "621282*********9152"
 * }</pre>
 *
 * @param value the number in clear, for the wire; never log it
 */
public record BankCardNumber(String value) {

  private static final IdentifierType TYPE = IdentifierType.BANK_CARD_NUMBER;

  /** The shortest accepted number. */
  public static final int MIN_LENGTH = 12;

  /** The longest accepted number. */
  public static final int MAX_LENGTH = 19;

  /** Checks length and digits; a Luhn failure is allowed (see {@link #luhnValid()}). */
  public BankCardNumber {
    if (value == null || value.isEmpty()) {
      throw new InvalidIdentifierException(TYPE, "is missing");
    }
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw new InvalidIdentifierException(
          TYPE, "must have 12 to 19 digits, not " + value.length() + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(TYPE, "character " + (i + 1) + " must be a digit");
      }
    }
  }

  /** Parses with the default {@link CardCheck#LUHN_WARNING}. */
  public static BankCardNumber parse(String value) {
    return parse(value, CardCheck.LUHN_WARNING);
  }

  /**
   * Parses {@code value} under {@code check}.
   *
   * @throws InvalidIdentifierException with {@code BANK_CARD_INVALID} naming the reason
   */
  public static BankCardNumber parse(String value, CardCheck check) {
    Objects.requireNonNull(check, "check");
    BankCardNumber card = new BankCardNumber(value);
    if (check == CardCheck.LUHN_STRICT && !card.luhnValid()) {
      throw new InvalidIdentifierException(TYPE, "Luhn check digit does not match");
    }
    return card;
  }

  /** Whether the last digit is the Luhn check digit of the others. */
  public boolean luhnValid() {
    return Luhn.isValid(value);
  }

  /**
   * Masked: the first 6 (the issuer, BIN) and last 4 digits, {@code 621282******9152}. Numbers
   * shorter than 14 digits show fewer leading digits so that at least 4 stay hidden.
   */
  @Override
  public String toString() {
    return Mask.keep(value, 6, 4, 4);
  }
}
