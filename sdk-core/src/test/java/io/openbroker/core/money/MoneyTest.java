package io.openbroker.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.ErrorCode;
import io.openbroker.core.InvalidInputException;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void oneTenthAndTenFenAndWholeYuanSpellingsAreEqual() {
    assertThat(Money.parse("100.1")).isEqualTo(Money.parse("100.10"));
    assertThat(Money.parse("100.1").fen()).isEqualTo(10010);
    assertThat(Money.parse("100")).isEqualTo(Money.ofFen(10000));
    assertThat(Money.parse("100").currency()).isEqualTo(CurrencyCode.CNY);
  }

  @Test
  void formatsWithExactlyTwoDecimals() {
    assertThat(Money.parse("100.1").toPlainString()).isEqualTo("100.10");
    assertThat(Money.ofFen(5).toPlainString()).isEqualTo("0.05");
    assertThat(Money.ofFen(0).toPlainString()).isEqualTo("0.00");
    assertThat(Money.ofFen(-5).toPlainString()).isEqualTo("-0.05");
    assertThat(Money.ofFen(-123456).toPlainString()).isEqualTo("-1234.56");
    assertThat(Money.ofFen(Money.MAX_FEN).toPlainString()).isEqualTo("9999999999999.99");
    assertThat(Money.parse("7", CurrencyCode.USD)).hasToString("7.00 USD");
  }

  @Test
  void acceptsLeadingZerosAndThirteenIntegerDigits() {
    assertThat(Money.parse("0001000.00").fen()).isEqualTo(100000);
    assertThat(Money.parse("9999999999999.99").fen()).isEqualTo(Money.MAX_FEN);
    assertThat(Money.parse("00000000000001").fen()).isEqualTo(100);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        " 1",
        "1 ",
        "1e3",
        "1E3",
        "NaN",
        "Infinity",
        "1,000",
        "+1",
        "+-1",
        "--1",
        "-",
        "0x10",
        "１００",
        "١٢",
        ".5",
        "5.",
        "1.2.3",
        "1_000",
        "¥1",
        "1.5元",
        "\u00A01"
      })
  void refusesJunkAsMalformed(String text) {
    assertRefused(() -> Money.parse(text), CoreErrorCode.MONEY_MALFORMED);
    assertRefused(() -> Money.parseSigned(text), CoreErrorCode.MONEY_MALFORMED);
  }

  @Test
  void refusesNullAsMalformed() {
    assertRefused(() -> Money.parse(null), CoreErrorCode.MONEY_MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.001", "1.000", "0.123", "100.100"})
  void refusesMoreThanTwoDecimals(String text) {
    assertRefused(() -> Money.parse(text), CoreErrorCode.MONEY_TOO_MANY_DECIMALS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10000000000000", "99999999999999.99", "12345678901234"})
  void refusesMoreThanThirteenIntegerDigits(String text) {
    assertRefused(() -> Money.parse(text), CoreErrorCode.MONEY_OVERFLOW);
  }

  @Test
  void defaultParseRefusesNegativesAndSignedParseAcceptsThem() {
    assertRefused(() -> Money.parse("-0.01"), CoreErrorCode.MONEY_NEGATIVE);
    assertThat(Money.parseSigned("-0.01").fen()).isEqualTo(-1);
    assertThat(Money.parseSigned("-100.5", CurrencyCode.HKD))
        .isEqualTo(Money.ofFen(-10050, CurrencyCode.HKD));
    assertThat(Money.parse("-0")).isEqualTo(Money.ofFen(0));
  }

  @Test
  void refusalMessagesDoNotRepeatTheInput() {
    assertThatThrownBy(() -> Money.parse("12345.678"))
        .message()
        .doesNotContain("12345")
        .doesNotContain("678");
  }

  @Test
  void arithmeticIsExact() {
    Money a = Money.parse("0.10");
    Money b = Money.parse("0.20");
    assertThat(a.plus(b)).isEqualTo(Money.parse("0.30"));
    assertThat(a.minus(b)).isEqualTo(Money.parseSigned("-0.10"));
    assertThat(a.negate()).isEqualTo(Money.parseSigned("-0.10"));
    assertThat(a.times(3)).isEqualTo(Money.parse("0.30"));
    assertThat(Money.parse("100.01").times(-2)).isEqualTo(Money.parseSigned("-200.02"));
  }

  @Test
  void arithmeticBeyondTheBoundFailsInsteadOfWrapping() {
    Money max = Money.ofFen(Money.MAX_FEN);
    assertRefused(() -> max.plus(Money.ofFen(1)), CoreErrorCode.MONEY_OVERFLOW);
    assertRefused(() -> max.negate().minus(Money.ofFen(1)), CoreErrorCode.MONEY_OVERFLOW);
    assertRefused(() -> max.times(2), CoreErrorCode.MONEY_OVERFLOW);
    assertRefused(() -> Money.ofFen(2).times(Long.MAX_VALUE), CoreErrorCode.MONEY_OVERFLOW);
    assertRefused(() -> Money.ofFen(Long.MIN_VALUE), CoreErrorCode.MONEY_OVERFLOW);
    assertThat(max.negate().fen()).isEqualTo(-Money.MAX_FEN);
  }

  @Test
  void differentCurrenciesDoNotMix() {
    Money cny = Money.parse("1");
    Money usd = Money.parse("1", CurrencyCode.USD);
    assertRefused(() -> cny.plus(usd), CoreErrorCode.MONEY_CURRENCY_MISMATCH);
    assertRefused(() -> cny.minus(usd), CoreErrorCode.MONEY_CURRENCY_MISMATCH);
    assertRefused(() -> cny.compareTo(usd), CoreErrorCode.MONEY_CURRENCY_MISMATCH);
    assertThat(cny).isNotEqualTo(usd);
  }

  @Test
  void comparesByAmount() {
    assertThat(Money.parse("2")).isGreaterThan(Money.parse("1.99"));
    assertThat(Money.parse("2").isGreaterThan(Money.parse("1.99"))).isTrue();
    assertThat(Money.parse("1.99").isLessThan(Money.parse("2"))).isTrue();
    assertThat(Money.parse("2").compareTo(Money.parse("2.00"))).isZero();
    assertThat(Money.ofFen(0).isZero()).isTrue();
    assertThat(Money.ofFen(-1).isNegative()).isTrue();
    assertThat(Money.ofFen(1).isPositive()).isTrue();
  }

  @Test
  void convertsToAndFromBigDecimalYuanWithoutRounding() {
    assertThat(Money.ofYuan(new BigDecimal("100.1")).fen()).isEqualTo(10010);
    assertThat(Money.ofYuan(new BigDecimal("1.000")).fen()).isEqualTo(100);
    assertThat(Money.ofYuan(new BigDecimal("1E+3")).fen()).isEqualTo(100000);
    assertThat(Money.ofYuan(new BigDecimal("-2.5"), CurrencyCode.USD))
        .isEqualTo(Money.ofFen(-250, CurrencyCode.USD));
    assertThat(Money.parse("100.1").toYuan()).isEqualTo(new BigDecimal("100.10"));
    assertThat(Money.parse("100.1").toYuan().scale()).isEqualTo(2);
    assertRefused(
        () -> Money.ofYuan(new BigDecimal("1.005")), CoreErrorCode.MONEY_TOO_MANY_DECIMALS);
    assertRefused(
        () -> Money.ofYuan(new BigDecimal("10000000000000")), CoreErrorCode.MONEY_OVERFLOW);
    assertRefused(() -> Money.ofYuan(new BigDecimal("1E+30")), CoreErrorCode.MONEY_OVERFLOW);
  }

  @Test
  void currencyCodesParseExactly() {
    assertThat(CurrencyCode.parse("HKD")).isEqualTo(CurrencyCode.HKD);
    assertRefused(() -> CurrencyCode.parse("cny"), CoreErrorCode.MONEY_UNKNOWN_CURRENCY);
    assertRefused(() -> CurrencyCode.parse("EUR"), CoreErrorCode.MONEY_UNKNOWN_CURRENCY);
    assertRefused(() -> CurrencyCode.parse(null), CoreErrorCode.MONEY_UNKNOWN_CURRENCY);
  }

  private static void assertRefused(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo(code));
  }
}
