package io.openbroker.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.testing.CoreArbitraries;
import java.math.BigDecimal;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class MoneyProperties {

  private static final BigDecimal MAX = BigDecimal.valueOf(Money.MAX_FEN);

  @Property
  void formattedTextParsesBackToTheSameAmount(@ForAll("signed") Money money) {
    assertThat(Money.parseSigned(money.toPlainString(), money.currency())).isEqualTo(money);
    assertThat(Money.ofYuan(money.toYuan(), money.currency())).isEqualTo(money);
  }

  @Property
  void parsedTextFormatsToItsCanonicalSpelling(
      @ForAll @NumericChars @StringLength(min = 1, max = 13) String integer,
      @ForAll @NumericChars @StringLength(max = 2) String fraction) {
    String text = fraction.isEmpty() ? integer : integer + "." + fraction;
    BigDecimal expected = new BigDecimal(text).setScale(2);
    assertThat(Money.parse(text).toPlainString()).isEqualTo(expected.toPlainString());
    assertThat(Money.parse(text).toYuan()).isEqualTo(expected);
  }

  @Property
  void oneDecimalEqualsTheSameWithATrailingZero(
      @ForAll @LongRange(min = 0, max = 9_999_999_999_999L) long yuan,
      @ForAll @IntRange(min = 0, max = 9) int tenths) {
    String oneDecimal = yuan + "." + tenths;
    assertThat(Money.parse(oneDecimal)).isEqualTo(Money.parse(oneDecimal + "0"));
    assertThat(Money.parse(oneDecimal).fen()).isEqualTo(yuan * 100 + tenths * 10);
  }

  @Property
  void everyEqualSpellingParsesToTheSameAmount(
      @ForAll("amountAndSpelling") Tuple2<Money, String> pair) {
    assertThat(Money.parse(pair.get2())).isEqualTo(pair.get1());
  }

  @Property
  void additionMatchesBigDecimalOrOverflows(
      @ForAll("signedCny") Money a, @ForAll("signedCny") Money b) {
    BigDecimal exact = BigDecimal.valueOf(a.fen()).add(BigDecimal.valueOf(b.fen()));
    assertMatchesOrOverflows(exact, () -> a.plus(b));
  }

  @Property
  void subtractionMatchesBigDecimalOrOverflows(
      @ForAll("signedCny") Money a, @ForAll("signedCny") Money b) {
    BigDecimal exact = BigDecimal.valueOf(a.fen()).subtract(BigDecimal.valueOf(b.fen()));
    assertMatchesOrOverflows(exact, () -> a.minus(b));
  }

  @Property
  void multiplicationMatchesBigDecimalOrOverflows(
      @ForAll("signedCny") Money a, @ForAll("factors") long factor) {
    BigDecimal exact = BigDecimal.valueOf(a.fen()).multiply(BigDecimal.valueOf(factor));
    assertMatchesOrOverflows(exact, () -> a.times(factor));
  }

  @Property
  void negationIsItsOwnInverseAndOrderingMatchesBigDecimal(
      @ForAll("signedCny") Money a, @ForAll("signedCny") Money b) {
    assertThat(a.negate().negate()).isEqualTo(a);
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.toYuan().compareTo(b.toYuan()));
  }

  @Provide
  Arbitrary<Tuple2<Money, String>> amountAndSpelling() {
    return CoreArbitraries.money()
        .flatMap(m -> CoreArbitraries.yuanSpellings(m).map(text -> Tuple.of(m, text)));
  }

  @Provide
  Arbitrary<Money> signed() {
    return CoreArbitraries.signedMoney();
  }

  @Provide
  Arbitrary<Money> signedCny() {
    return Arbitraries.oneOf(
            Arbitraries.longs().between(-Money.MAX_FEN, Money.MAX_FEN),
            Arbitraries.longs().between(-1_000_000, 1_000_000),
            Arbitraries.of(Money.MAX_FEN, -Money.MAX_FEN, 0L, 1L, -1L))
        .map(Money::ofFen);
  }

  @Provide
  Arbitrary<Long> factors() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-1000, 1000),
        Arbitraries.longs(),
        Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L));
  }

  private static void assertMatchesOrOverflows(BigDecimal exactFen, Supplier<Money> operation) {
    if (exactFen.abs().compareTo(MAX) <= 0) {
      assertThat(operation.get().fen()).isEqualTo(exactFen.longValueExact());
    } else {
      assertThatThrownBy(operation::get)
          .isInstanceOf(InvalidInputException.class)
          .extracting(e -> ((InvalidInputException) e).code())
          .isEqualTo(CoreErrorCode.MONEY_OVERFLOW);
    }
  }
}
