package io.openbroker.core.id;

import io.openbroker.core.internal.Mask;

/**
 * A customer's name (客户姓名) as on the identity document: trimmed, not blank, at most 64 code points,
 * no control characters. Characters outside the Basic Multilingual Plane (such as 𠮷) are ordinary
 * name characters and count as one each. Prints masked as its first character and one {@code *}.
 *
 * <pre>{@code
 * PersonName name = PersonName.parse(" 张三 ");
 * name.value();    // "张三"
 * name.toString(); // "张*"
 * }</pre>
 *
 * @param value the name in clear, trimmed; never log it
 */
public record PersonName(String value) {

  private static final IdentifierType TYPE = IdentifierType.PERSON_NAME;

  /** The most code points a name may have. */
  public static final int MAX_CODE_POINTS = 64;

  /** Trims surrounding white space, then validates. */
  public PersonName {
    if (value == null) {
      throw new InvalidIdentifierException(TYPE, "is missing");
    }
    value = value.strip();
    if (value.isEmpty()) {
      throw new InvalidIdentifierException(TYPE, "is blank");
    }
    if (value.codePointCount(0, value.length()) > MAX_CODE_POINTS) {
      throw new InvalidIdentifierException(TYPE, "must have at most 64 characters");
    }
    // Control characters would break CSV files and log lines; unpaired surrogates are not text.
    boolean broken =
        value.codePoints().anyMatch(cp -> Character.isISOControl(cp) || isSurrogate(cp));
    if (broken) {
      throw new InvalidIdentifierException(
          TYPE, "contains a control character or an unpaired surrogate");
    }
  }

  /**
   * Parses {@code value}.
   *
   * @throws InvalidIdentifierException with {@code PERSON_NAME_INVALID} naming the reason
   */
  public static PersonName parse(String value) {
    return new PersonName(value);
  }

  /** Masked: the first character and one star, {@code 张*}. */
  @Override
  public String toString() {
    return Mask.firstCodePoint(value);
  }

  private static boolean isSurrogate(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }
}
