package io.openbroker.core.money;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.internal.FenText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of money: a whole number of fen (分, 1/100 yuan; cents for USD and HKD) and a
 * currency. Never a {@code double}: amounts enter as decimal text or {@link BigDecimal} and leave
 * the same way.
 *
 * <p>Every amount is bounded by {@link #MAX_FEN} in magnitude (13 integer digits of yuan, about ten
 * trillion), so every {@code Money} formats to text that {@link #parseSigned} reads back, and
 * arithmetic that would leave the bound fails with {@link CoreErrorCode#MONEY_OVERFLOW} rather than
 * wrapping.
 *
 * <pre>{@code
 * Money price = Money.parse("100.1");              // 100.10 CNY
 * Money total = price.times(3).plus(Money.ofFen(5)); // 300.35 CNY
 * String wire = total.toPlainString();             // "300.35"
 * }</pre>
 *
 * @param fen the amount in minor units; may be negative (a balance can be overdrawn)
 * @param currency the currency, never null
 */
public record Money(long fen, CurrencyCode currency) implements Comparable<Money> {

  /** The largest magnitude in fen: 9,999,999,999,999.99 yuan. */
  public static final long MAX_FEN = 999_999_999_999_999L;

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (fen > MAX_FEN || fen < -MAX_FEN) {
      throw overflow();
    }
  }

  /** {@code fen} fen in CNY. */
  public static Money ofFen(long fen) {
    return new Money(fen, CurrencyCode.CNY);
  }

  /** {@code fen} minor units in {@code currency}. */
  public static Money ofFen(long fen, CurrencyCode currency) {
    return new Money(fen, currency);
  }

  /** Zero in {@code currency}. */
  public static Money zero(CurrencyCode currency) {
    return new Money(0, currency);
  }

  /**
   * Parses a non-negative CNY amount written as decimal yuan: {@code "100"}, {@code "100.1"} and
   * {@code "100.10"} are equal. Refuses more than two decimals ({@code MONEY_TOO_MANY_DECIMALS}), a
   * minus sign ({@code MONEY_NEGATIVE}), more than 13 integer digits ({@code MONEY_OVERFLOW}) and
   * anything else that is not plain ASCII decimal text ({@code MONEY_MALFORMED}: exponents, signs,
   * grouping commas, spaces, NaN, non-ASCII digits).
   */
  public static Money parse(String yuan) {
    return parse(yuan, CurrencyCode.CNY);
  }

  /** As {@link #parse(String)}, in {@code currency}. */
  public static Money parse(String yuan, CurrencyCode currency) {
    return new Money(FenText.parse(yuan, false), currency);
  }

  /** As {@link #parse(String)}, but a leading minus sign is allowed: {@code "-0.50"}. */
  public static Money parseSigned(String yuan) {
    return parseSigned(yuan, CurrencyCode.CNY);
  }

  /** As {@link #parseSigned(String)}, in {@code currency}. */
  public static Money parseSigned(String yuan, CurrencyCode currency) {
    return new Money(FenText.parse(yuan, true), currency);
  }

  /** A CNY amount from yuan; see {@link #ofYuan(BigDecimal, CurrencyCode)}. */
  public static Money ofYuan(BigDecimal yuan) {
    return ofYuan(yuan, CurrencyCode.CNY);
  }

  /**
   * An amount from yuan, exactly. A value that would need rounding to fit whole fen ({@code 1.005})
   * is refused with {@code MONEY_TOO_MANY_DECIMALS}; trailing zeros are not rounding, so {@code
   * 1.000} (scale 3, as read from a {@code NUMERIC(18,3)} column) is accepted as 1.00. Negative
   * values are allowed: check the sign where it matters.
   */
  public static Money ofYuan(BigDecimal yuan, CurrencyCode currency) {
    Objects.requireNonNull(yuan, "yuan");
    BigDecimal fen = yuan.movePointRight(2);
    if (fen.signum() != 0 && fen.stripTrailingZeros().scale() > 0) {
      throw new InvalidInputException(
          CoreErrorCode.MONEY_TOO_MANY_DECIMALS, "amount has more than 2 decimal places");
    }
    if (fen.abs().compareTo(BigDecimal.valueOf(MAX_FEN)) > 0) {
      throw overflow();
    }
    return new Money(fen.longValueExact(), currency);
  }

  /** This amount in yuan with scale 2: {@code 100.10}. */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * Decimal yuan text with exactly two decimals, the wire form: {@code "100.10"}, {@code "-0.05"}.
   */
  public String toPlainString() {
    return FenText.format(fen);
  }

  /** {@code "100.10 CNY"}. */
  @Override
  public String toString() {
    return toPlainString() + " " + currency;
  }

  /** This plus {@code other}, which must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    // Two bounded amounts cannot overflow a long; the constructor enforces the bound itself.
    return new Money(Math.addExact(fen, other.fen), currency);
  }

  /** This minus {@code other}, which must be in the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(fen, other.fen), currency);
  }

  /** The amount with the opposite sign. Always representable: the bound is symmetric. */
  public Money negate() {
    return new Money(-fen, currency);
  }

  /** This amount times {@code factor} (a count, e.g. of shares or instalments). */
  public Money times(long factor) {
    try {
      return new Money(Math.multiplyExact(fen, factor), currency);
    } catch (ArithmeticException e) {
      throw overflow();
    }
  }

  /** Whether this is exactly zero. */
  public boolean isZero() {
    return fen == 0;
  }

  /** Whether this is below zero. */
  public boolean isNegative() {
    return fen < 0;
  }

  /** Whether this is above zero. */
  public boolean isPositive() {
    return fen > 0;
  }

  /**
   * Orders by amount. Amounts in different currencies have no order: comparing them fails with
   * {@code MONEY_CURRENCY_MISMATCH} rather than pretending one is larger.
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(fen, other.fen);
  }

  /** Whether this amount is strictly greater than {@code other} (same currency). */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** Whether this amount is strictly less than {@code other} (same currency). */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (other.currency != currency) {
      throw new InvalidInputException(
          CoreErrorCode.MONEY_CURRENCY_MISMATCH,
          "cannot combine " + currency + " with " + other.currency);
    }
  }

  private static InvalidInputException overflow() {
    return new InvalidInputException(
        CoreErrorCode.MONEY_OVERFLOW,
        "amount exceeds " + FenText.format(MAX_FEN) + " in magnitude");
  }
}
