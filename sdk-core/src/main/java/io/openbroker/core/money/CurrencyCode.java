package io.openbroker.core.money;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InvalidInputException;

/**
 * The currencies a Chinese depository flow settles in: CNY for A-share accounts, USD and HKD for
 * B-share accounts. Each has two minor-unit digits, so {@link Money#fen()} counts cents for USD and
 * HKD.
 *
 * <pre>{@code
 * CurrencyCode currency = CurrencyCode.parse("CNY");
 * }</pre>
 */
public enum CurrencyCode {
  /** Renminbi yuan (人民币). The default. */
  CNY,
  /** US dollar. */
  USD,
  /** Hong Kong dollar. */
  HKD;

  /**
   * The currency named by its ISO 4217 code, exactly as written (upper case).
   *
   * @throws InvalidInputException with {@link CoreErrorCode#MONEY_UNKNOWN_CURRENCY} otherwise
   */
  public static CurrencyCode parse(String code) {
    if (code != null) {
      for (CurrencyCode candidate : values()) {
        if (candidate.name().equals(code)) {
          return candidate;
        }
      }
    }
    throw new InvalidInputException(
        CoreErrorCode.MONEY_UNKNOWN_CURRENCY, "currency must be one of CNY, USD, HKD");
  }
}
