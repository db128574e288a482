package io.openbroker.testkit;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.money.Money;
import io.openbroker.core.testing.CoreArbitraries;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for a broker team's own properties: valid and invalid identifiers, amounts,
 * transfer lists and fault schedules for the simulator. The valid identifiers come from sdk-core's
 * {@link CoreArbitraries} (check characters computed from GB 11643 and Luhn, independently of the
 * production code); the invalid ones are valid ones with one defect each.
 *
 * <pre>{@code
 * @Property
 * void refusesEveryMistypedId(@ForAll("badIds") String text) {
 *   assertThatThrownBy(() -> myForm.submitId(text)).isInstanceOf(InvalidInputException.class);
 * }
 *
 * @Provide
 * Arbitrary<String> badIds() { return OpenBrokerArbitraries.invalidResidentIdTexts(); }
 * }</pre>
 */
public final class OpenBrokerArbitraries {

  /** Fault kinds a broker must survive by resend/reversal, without long waits. */
  public static final List<FaultKind> QUICK_FAULTS =
      List.of(
          FaultKind.DELAY,
          FaultKind.DROP_AFTER_COMMIT,
          FaultKind.FAIL_BEFORE_COMMIT,
          FaultKind.HTTP_5XX,
          FaultKind.CONNECTION_RESET,
          FaultKind.CORRUPT_SIGNATURE);

  private OpenBrokerArbitraries() {}

  /** Valid resident ID numbers of adults (GB 11643 check digit, real birth dates). */
  public static Arbitrary<ResidentIdNumber> residentIds() {
    return CoreArbitraries.residentIds();
  }

  /**
   * Resident ID texts that must be refused: a valid number with one of its first 17 digits changed
   * (MOD 11-2 catches every single substitution), a lower-case {@code x}, or a wrong length.
   */
  public static Arbitrary<String> invalidResidentIdTexts() {
    Arbitrary<String> mistyped =
        Combinators.combine(
                CoreArbitraries.residentIdTexts(),
                Arbitraries.integers().between(0, 16),
                Arbitraries.integers().between(1, 9))
            .as(
                (id, at, shift) -> {
                  char digit = (char) ('0' + (id.charAt(at) - '0' + shift) % 10);
                  return id.substring(0, at) + digit + id.substring(at + 1);
                });
    Arbitrary<String> cut = CoreArbitraries.residentIdTexts().map(id -> id.substring(0, 17));
    Arbitrary<String> longer = CoreArbitraries.residentIdTexts().map(id -> id + "0");
    Arbitrary<String> lowerX =
        CoreArbitraries.residentIdTexts()
            .filter(id -> id.endsWith("X"))
            .map(id -> id.toLowerCase(Locale.ROOT));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, mistyped),
        net.jqwik.api.Tuple.of(1, cut),
        net.jqwik.api.Tuple.of(1, longer),
        net.jqwik.api.Tuple.of(1, lowerX));
  }

  /** Luhn-valid bank cards of 12 to 19 digits. */
  public static Arbitrary<BankCardNumber> bankCards() {
    return CoreArbitraries.bankCards();
  }

  /** Card texts failing the Luhn check (a warning by default, refused in strict mode). */
  public static Arbitrary<String> luhnInvalidCardTexts() {
    return CoreArbitraries.luhnInvalidCardTexts();
  }

  /** Mainland mobile numbers. */
  public static Arbitrary<MobileNumber> mobiles() {
    return CoreArbitraries.mobiles();
  }

  /** Mobile texts that must be refused: a second digit of 0-2, or one digit too few or many. */
  public static Arbitrary<String> invalidMobileTexts() {
    Arbitrary<String> badPrefix =
        Combinators.combine(
                Arbitraries.integers().between(0, 2), Arbitraries.strings().numeric().ofLength(9))
            .as((second, rest) -> "1" + second + rest);
    Arbitrary<String> badLength =
        CoreArbitraries.mobileTexts().flatMap(m -> Arbitraries.of(m.substring(1), m + "8"));
    return Arbitraries.oneOf(badPrefix, badLength);
  }

  /** Fund accounts, 6 to 20 digits, leading zeros included. */
  public static Arbitrary<FundAccount> fundAccounts() {
    return CoreArbitraries.fundAccounts();
  }

  /** Positive CNY amounts from 0.01 up to {@code max}, biased towards small amounts and edges. */
  public static Arbitrary<Money> amounts(Money max) {
    return Arbitraries.longs().between(1, max.fen()).map(Money::ofFen);
  }

  /**
   * Lists of 1 to {@code maxSize} transfers between the given fund account and card, with unique
   * serials {@code prefix1, prefix2, ...}, each amount up to {@code max}.
   */
  public static Arbitrary<List<TransferIntent>> transfers(
      String prefix, FundAccount fund, BankCardNumber card, Money max, int maxSize) {
    BusinessSerial placeholder = BusinessSerial.parse(prefix + 0);
    return Combinators.combine(Arbitraries.of(TransferDirection.class), amounts(max))
        .as((d, amount) -> new TransferIntent(placeholder, d, fund, card, amount))
        .list()
        .ofMinSize(1)
        .ofMaxSize(maxSize)
        .map(
            list ->
                IntStream.range(0, list.size())
                    .mapToObj(
                        i ->
                            new TransferIntent(
                                BusinessSerial.parse(prefix + (i + 1)),
                                list.get(i).direction(),
                                fund,
                                card,
                                list.get(i).amount()))
                    .toList());
  }

  /**
   * Seeded fault schedules for the simulator ({@code bank.setFaultPlan(plan)}): 0 to 3 rules on
   * transfers, queries and reversals, each striking given request numbers or with a probability of
   * at most 30%, of the {@link #QUICK_FAULTS} kinds (delays of 10-100 ms).
   */
  public static Arbitrary<FaultPlan> faultPlans() {
    Arbitrary<FaultRule> rule =
        Combinators.combine(
                Arbitraries.of(
                    BankOperation.TRANSFER, BankOperation.TRANSFER_QUERY, BankOperation.REVERSAL),
                Arbitraries.of(QUICK_FAULTS),
                Arbitraries.longs().between(1, 6).set().ofMinSize(1).ofMaxSize(3),
                Arbitraries.doubles().between(0, 0.3).ofScale(2),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(10, 100))
            .as(
                (op, kind, nth, p, byOrdinal, millis) ->
                    (byOrdinal
                            ? FaultRule.onNth(
                                op, kind, nth.stream().mapToLong(Long::longValue).toArray())
                            : FaultRule.withProbability(op, kind, p))
                        .lasting(Duration.ofMillis(millis)));
    return Combinators.combine(Arbitraries.longs(), rule.list().ofMaxSize(3)).as(FaultPlan::new);
  }
}
