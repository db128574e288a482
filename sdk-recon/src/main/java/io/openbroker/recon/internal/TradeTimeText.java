package io.openbroker.recon.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 local date-times ({@code 2026-11-20T10:15:30}, optionally with a fraction), and
 * the common variant with a space for the {@code T}. The plain 19-character form, by far the most
 * common, is parsed without the general formatter.
 */
public final class TradeTimeText {

  private TradeTimeText() {}

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException when it is not a local date-time
   */
  public static LocalDateTime parse(String text) {
    if (text.length() == 19
        && text.charAt(4) == '-'
        && text.charAt(7) == '-'
        && text.charAt(13) == ':'
        && text.charAt(16) == ':'
        && (text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
      try {
        return LocalDateTime.of(
            number(text, 0, 4),
            number(text, 5, 7),
            number(text, 8, 10),
            number(text, 11, 13),
            number(text, 14, 16),
            number(text, 17, 19));
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("not a valid date-time", e);
      }
    }
    try {
      return LocalDateTime.parse(text.replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 local date-time", e);
    }
  }

  private static int number(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("not an ISO-8601 local date-time");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
