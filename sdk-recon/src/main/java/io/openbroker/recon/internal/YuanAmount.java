package io.openbroker.recon.internal;

import io.openbroker.core.money.Money;

/**
 * The one seam between file text and amounts: yuan as decimal text ↔ fen as {@code long}, exact
 * ({@code "100.1"} and {@code "100.10"} are both 10010 fen), through sdk-core's {@link Money}.
 */
public final class YuanAmount {

  private YuanAmount() {}

  /**
   * Parses non-negative yuan text with at most 2 decimals and 13 integer digits.
   *
   * @throws io.openbroker.core.InvalidInputException naming why the text is not an amount
   */
  public static long parseFen(String text) {
    return Money.parse(text).fen();
  }

  /** Fen as yuan text with exactly 2 decimals, e.g. 10010 → {@code "100.10"}; may be negative. */
  public static String format(long fen) {
    return Money.ofFen(fen).toPlainString();
  }
}
