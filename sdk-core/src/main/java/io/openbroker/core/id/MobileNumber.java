package io.openbroker.core.id;

import io.openbroker.core.internal.Mask;

/**
 * A mainland China mobile number (手机号码): 11 digits, {@code 1[3-9]} then 9 digits.
 *
 * <p>A country-code prefix is accepted and removed, because clients and forms commonly add it:
 * {@code +86}, {@code 86} or {@code 0086} directly followed by the 11 digits (no spaces or dashes:
 * punctuation is a formatting choice the caller should strip knowingly). {@link #value()} is always
 * the bare 11 digits, so two spellings of one number are equal.
 *
 * <pre>{@code
 * MobileNumber mobile = MobileNumber.parse("+8613812341234");
 * mobile.value();    // "13812341234"
 * mobile.toString(); // "138****1234"
 * }</pre>
 *
 * @param value the 11 digits in clear, for the wire; never log it
 */
public record MobileNumber(String value) {

  private static final IdentifierType TYPE = IdentifierType.MOBILE_NUMBER;

  /** Normalises a country-code prefix away, then checks {@code 1[3-9]\d{9}}. */
  public MobileNumber {
    if (value == null || value.isEmpty()) {
      throw new InvalidIdentifierException(TYPE, "is missing");
    }
    value = withoutCountryCode(value);
    if (value.length() != 11) {
      throw new InvalidIdentifierException(TYPE, "must have 11 digits");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidIdentifierException(TYPE, "character " + (i + 1) + " must be a digit");
      }
    }
    if (value.charAt(0) != '1' || value.charAt(1) < '3') {
      throw new InvalidIdentifierException(TYPE, "must start with 13 to 19");
    }
  }

  /**
   * Parses {@code value}.
   *
   * @throws InvalidIdentifierException with {@code MOBILE_INVALID} naming the reason
   */
  public static MobileNumber parse(String value) {
    return new MobileNumber(value);
  }

  /** Masked: first 3 and last 4 digits, {@code 138****1234}. */
  @Override
  public String toString() {
    return Mask.keep(value, 3, 4, 4);
  }

  private static String withoutCountryCode(String value) {
    // Only strip when exactly 11 digits remain, so "86" starting an 11-digit string stays put.
    for (String prefix : new String[] {"+86", "0086", "86"}) {
      if (value.length() == prefix.length() + 11 && value.startsWith(prefix)) {
        return value.substring(prefix.length());
      }
    }
    return value;
  }
}
