package io.openbroker.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.FaultRule;
import io.openbroker.core.testing.CoreArbitraries;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The kit's promises, checked against the standards rather than against the SDK. */
class OpenBrokerArbitrariesProperties {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  @Property
  void anInvalidIdTextNeverCarriesItsOwnCheckDigit(@ForAll("badIds") String text) {
    boolean wellFormed = text.matches("\\d{17}[\\dX]");
    assertThat(wellFormed && CoreArbitraries.mod11Check(text.substring(0, 17)) == text.charAt(17))
        .as(text)
        .isFalse();
  }

  @Property
  void anInvalidMobileNeverMatchesTheMainlandPattern(@ForAll("badMobiles") String text) {
    assertThat(MOBILE.matcher(text).matches()).as(text).isFalse();
  }

  @Property
  void transferListsHaveUniqueSerialsAndPositiveAmounts(
      @ForAll("transfers") List<TransferIntent> list) {
    assertThat(list).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(list.stream().map(TransferIntent::serial).distinct().count()).isEqualTo(list.size());
    assertThat(list).allSatisfy(t -> assertThat(t.amount().fen()).isBetween(1L, 50_000L));
  }

  @Property
  void faultPlansStayQuick(@ForAll("plans") io.openbroker.banksim.FaultPlan plan) {
    assertThat(plan.rules()).hasSizeLessThanOrEqualTo(3);
    for (FaultRule rule : plan.rules()) {
      assertThat(OpenBrokerArbitraries.QUICK_FAULTS).contains(rule.kind());
      assertThat(rule.duration().toMillis()).isBetween(10L, 100L);
      assertThat(rule.probability()).isLessThanOrEqualTo(0.3);
    }
  }

  @Property
  void reconPairsPlantWhatTheyDeclare(@ForAll("pairs") ReconFilePair pair) {
    long bankLines = pair.bankCsv().lines().count() - 1;
    long brokerLines = pair.brokerCsv().lines().count() - 1;
    int bankOnly = pair.planted().getOrDefault("BANK_ONLY", 0);
    int brokerOnly = pair.planted().getOrDefault("BROKER_ONLY", 0);
    int paired = pair.discrepancies() - bankOnly - brokerOnly;
    assertThat(bankLines).isEqualTo(pair.matched() + paired + bankOnly);
    assertThat(brokerLines).isEqualTo(pair.matched() + paired + brokerOnly);
    assertThat(pair.bankCsv()).startsWith(ReconFilePairs.HEADER.toLowerCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<String> badIds() {
    return OpenBrokerArbitraries.invalidResidentIdTexts();
  }

  @Provide
  Arbitrary<String> badMobiles() {
    return OpenBrokerArbitraries.invalidMobileTexts();
  }

  @Provide
  Arbitrary<List<TransferIntent>> transfers() {
    return OpenBrokerArbitraries.fundAccounts()
        .flatMap(
            fund ->
                OpenBrokerArbitraries.bankCards()
                    .flatMap(
                        card ->
                            OpenBrokerArbitraries.transfers(
                                "T",
                                fund,
                                card,
                                io.openbroker.core.money.Money.parse("500.00"),
                                5)));
  }

  @Provide
  Arbitrary<io.openbroker.banksim.FaultPlan> plans() {
    return OpenBrokerArbitraries.faultPlans();
  }

  @Provide
  Arbitrary<ReconFilePair> pairs() {
    return ReconFilePairs.any(java.time.LocalDate.of(2026, 11, 20));
  }
}
