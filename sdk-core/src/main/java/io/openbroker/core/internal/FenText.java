package io.openbroker.core.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InvalidInputException;

/**
 * Decimal yuan text ↔ fen, by hand rather than through {@code BigDecimal}, because BigDecimal
 * accepts forms a wire amount must not have ({@code 1e3}, {@code +1}, non-ASCII digits).
 *
 * <p>Grammar: {@code -?[0-9]+(\.[0-9]{1,2})?}, ASCII digits only, at most 13 significant integer
 * digits (leading zeros are tolerated: fixed-width bank files pad with them).
 */
public final class FenText {

  /** The largest number of significant integer (yuan) digits accepted. */
  public static final int MAX_INTEGER_DIGITS = 13;

  private static final int MAX_LENGTH = 40;

  private FenText() {}

  /**
   * Parses decimal yuan text to fen. Messages never repeat the input: an amount may be what a
   * client typed.
   */
  public static long parse(String text, boolean signedAllowed) {
    if (text == null || text.isEmpty()) {
      throw malformed("is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw malformed("is longer than " + MAX_LENGTH + " characters");
    }
    boolean negative = text.charAt(0) == '-';
    int start = negative ? 1 : 0;
    int dot = text.indexOf('.');
    int end = dot < 0 ? text.length() : dot;
    long yuan = integerPart(text, start, end);
    long fen = yuan * 100 + fractionPart(text, dot);
    if (negative && !signedAllowed && fen != 0) {
      throw new InvalidInputException(CoreErrorCode.MONEY_NEGATIVE, "amount must not be negative");
    }
    return negative ? -fen : fen;
  }

  private static long integerPart(String text, int start, int end) {
    if (end == start) {
      throw malformed("has no integer digits");
    }
    long value = 0;
    int significant = 0;
    for (int i = start; i < end; i++) {
      int digit = digit(text.charAt(i));
      if (significant > 0 || digit != 0) {
        significant++;
      }
      if (significant > MAX_INTEGER_DIGITS) {
        throw new InvalidInputException(
            CoreErrorCode.MONEY_OVERFLOW,
            "amount has more than " + MAX_INTEGER_DIGITS + " integer digits");
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static long fractionPart(String text, int dot) {
    if (dot < 0) {
      return 0;
    }
    int digits = text.length() - dot - 1;
    if (digits == 0) {
      throw malformed("ends with a decimal point");
    }
    long value = 0;
    for (int i = dot + 1; i < text.length(); i++) {
      value = value * 10 + digit(text.charAt(i));
    }
    if (digits > 2) {
      throw new InvalidInputException(
          CoreErrorCode.MONEY_TOO_MANY_DECIMALS, "amount has more than 2 decimal places");
    }
    return digits == 1 ? value * 10 : value;
  }

  private static int digit(char c) {
    // Only ASCII: Character.isDigit would let full-width and other scripts' digits through.
    if (c < '0' || c > '9') {
      throw malformed("contains a character that is not an ASCII digit or one decimal point");
    }
    return c - '0';
  }

  /** Formats fen as yuan with exactly two decimals: {@code 10010 → "100.10"}. */
  public static String format(long fen) {
    StringBuilder out = new StringBuilder(24);
    if (fen < 0) {
      out.append('-');
    }
    long abs = Math.abs(fen); // callers keep |fen| far below Long.MAX_VALUE
    long cents = abs % 100;
    out.append(abs / 100).append('.');
    if (cents < 10) {
      out.append('0');
    }
    return out.append(cents).toString();
  }

  private static InvalidInputException malformed(String why) {
    return new InvalidInputException(CoreErrorCode.MONEY_MALFORMED, "amount " + why);
  }
}
