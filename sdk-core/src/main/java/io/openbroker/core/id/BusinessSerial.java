package io.openbroker.core.id;

/**
 * A business serial number (流水号): one side's unique id for one message, and the idempotency key of
 * a transfer. 1 to 32 characters of {@code [A-Za-z0-9_-]}. Not personal data: it prints in clear so
 * that operators can search logs for it.
 *
 * <pre>{@code
 * BusinessSerial serial = BusinessSerial.parse("B20261120000000042");
 * }</pre>
 *
 * @param value the serial
 */
public record BusinessSerial(String value) {

  private static final IdentifierType TYPE = IdentifierType.BUSINESS_SERIAL;

  /** The longest accepted serial. */
  public static final int MAX_LENGTH = 32;

  public BusinessSerial {
    if (value == null || value.isEmpty()) {
      throw new InvalidIdentifierException(TYPE, "is missing");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidIdentifierException(TYPE, "must have at most 32 characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isSerialCharacter(value.charAt(i))) {
        throw new InvalidIdentifierException(
            TYPE, "character " + (i + 1) + " must be one of A-Z a-z 0-9 _ -");
      }
    }
  }

  /**
   * Parses {@code value}.
   *
   * @throws InvalidIdentifierException with {@code SERIAL_INVALID} naming the reason
   */
  public static BusinessSerial parse(String value) {
    return new BusinessSerial(value);
  }

  /** The serial itself: serials are not personal data. */
  @Override
  public String toString() {
    return value;
  }

  static boolean isSerialCharacter(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }
}
