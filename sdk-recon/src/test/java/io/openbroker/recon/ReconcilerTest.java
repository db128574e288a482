package io.openbroker.recon;

import static io.openbroker.recon.Fixtures.DAY;
import static io.openbroker.recon.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.recon.Fixtures.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcilerTest {

  @TempDir Path dir;
  private final TransferRecord deposit = record("B1", "S1", 10_000);

  @Test
  void identicalRecordsMatch() throws IOException {
    Result r = Fixtures.reconcile(dir, List.of(deposit), List.of(deposit));
    assertThat(r.exceptions()).isEmpty();
    assertThat(r.summary().matched()).isEqualTo(1);
    assertThat(r.summary().totals().get(ReconClass.MATCHED).amountFen()).isEqualTo(10_000);
  }

  @Test
  void bankDebitedButBrokerDidNotCreditIsAShortfallTheBrokerCreditsAfterConfirmation()
      throws IOException {
    Discrepancy d = Fixtures.reconcile(dir, List.of(deposit), List.of()).only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.BANK_ONLY);
    assertThat(d.side()).isEqualTo(Side.BANK);
    assertThat(d.resolution()).isEqualTo(Resolution.BROKER_CREDITS_AFTER_CONFIRMATION);
    assertThat(d.effect()).isEqualTo(BalanceEffect.SHORTFALL);
    assertThat(d.effectFen()).isEqualTo(10_000);
  }

  @Test
  void brokerDebitedButBankDidNotPayIsAShortfallTheBrokerReverses() throws IOException {
    TransferRecord withdrawal = Fixtures.withDirection(deposit, Direction.SECURITIES_TO_BANK);
    Discrepancy d = Fixtures.reconcile(dir, List.of(), List.of(withdrawal)).only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.BROKER_ONLY);
    assertThat(d.resolution()).isEqualTo(Resolution.BROKER_REVERSES);
    assertThat(d.effect()).isEqualTo(BalanceEffect.SHORTFALL);
  }

  @Test
  void brokerCreditedButBankDidNotDebitIsASurplusTheBrokerReverses() throws IOException {
    Discrepancy d = Fixtures.reconcile(dir, List.of(), List.of(deposit)).only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.BROKER_ONLY);
    assertThat(d.effect()).isEqualTo(BalanceEffect.SURPLUS);
    assertThat(d.resolution()).isEqualTo(Resolution.BROKER_REVERSES);
  }

  @Test
  void aBankInitiatedMovementTheBrokerLacksIsForTheBankToResend() throws IOException {
    TransferRecord bankInitiated = Fixtures.withInitiator(deposit, Side.BANK);
    Discrepancy d = Fixtures.reconcile(dir, List.of(bankInitiated), List.of()).only();
    assertThat(d.resolution()).isEqualTo(Resolution.BANK_RESENDS);
  }

  @Test
  void aFailedTransferOnOneSideMovesNoMoney() throws IOException {
    TransferRecord failed = Fixtures.withStatus(deposit, TransferStatus.FAILED);
    Discrepancy d = Fixtures.reconcile(dir, List.of(failed), List.of()).only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.BANK_ONLY);
    assertThat(d.effect()).isEqualTo(BalanceEffect.NONE);
    assertThat(d.resolution()).isEqualTo(Resolution.INITIATOR_CORRECTS_RECORD);
  }

  @Test
  void amountsDifferingByAFenAreAnAmountMismatchWithTheDifferenceAsSurplus() throws IOException {
    Discrepancy d =
        Fixtures.reconcile(dir, List.of(deposit), List.of(Fixtures.withAmount(deposit, 10_001)))
            .only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.AMOUNT_MISMATCH);
    assertThat(d.field()).isEqualTo("amount");
    assertThat(d.bankValue()).isEqualTo("100.00");
    assertThat(d.brokerValue()).isEqualTo("100.01");
    assertThat(d.effect()).isEqualTo(BalanceEffect.SURPLUS);
    assertThat(d.effectFen()).isEqualTo(1);
  }

  @Test
  void differentStatusesAreAStatusMismatch() throws IOException {
    Discrepancy d =
        Fixtures.reconcile(
                dir,
                List.of(deposit),
                List.of(Fixtures.withStatus(deposit, TransferStatus.REVERSED)))
            .only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.STATUS_MISMATCH);
    assertThat(d.effect()).isEqualTo(BalanceEffect.SHORTFALL);
  }

  @Test
  void oppositeDirectionsAreADirectionMismatchOfTwiceTheAmount() throws IOException {
    Discrepancy d =
        Fixtures.reconcile(
                dir,
                List.of(deposit),
                List.of(Fixtures.withDirection(deposit, Direction.SECURITIES_TO_BANK)))
            .only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.DIRECTION_MISMATCH);
    assertThat(d.effectFen()).isEqualTo(20_000);
  }

  @Test
  void accountsCompareAsTextSoLeadingZerosCountAndTheFieldIsNamed() throws IOException {
    TransferRecord noZeros = Fixtures.withAccounts(deposit, "8800001234", deposit.bankAccount());
    Discrepancy fund = Fixtures.reconcile(dir, List.of(deposit), List.of(noZeros)).only();
    assertThat(fund.reconClass()).isEqualTo(ReconClass.ACCOUNT_MISMATCH);
    assertThat(fund.field()).isEqualTo("fund_account");
    assertThat(fund.toString()).doesNotContain("8800001234");

    TransferRecord otherCard = Fixtures.withAccounts(deposit, deposit.fundAccount(), "9999");
    Discrepancy bank = Fixtures.reconcile(dir, List.of(deposit), List.of(otherCard)).only();
    assertThat(bank.field()).isEqualTo("bank_account");
  }

  @Test
  void aKeyRepeatedInOneFileIsOneDuplicateForThatSideAndNothingElse() throws IOException {
    Result r = Fixtures.reconcile(dir, List.of(deposit, deposit, deposit), List.of(deposit));
    Discrepancy d = r.only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.DUPLICATE);
    assertThat(d.side()).isEqualTo(Side.BANK);
    assertThat(d.bankValue()).isEqualTo("3 rows");
    assertThat(r.summary().matched()).isZero();
  }

  @Test
  void duplicatesOnBothSidesAreReportedOncePerSide() throws IOException {
    Result r = Fixtures.reconcile(dir, List.of(deposit, deposit), List.of(deposit, deposit));
    assertThat(r.exceptions())
        .extracting(Discrepancy::side)
        .containsExactlyInAnyOrder(Side.BANK, Side.BROKER);
  }

  @Test
  void aRecordOutsideTheWindowIsOutOfWindowNeverOneSided() throws IOException {
    TransferRecord nextDay = Fixtures.withTime(deposit, DAY.plusDays(1).atTime(0, 0));
    Discrepancy d = Fixtures.reconcile(dir, List.of(nextDay), List.of()).only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.OUT_OF_WINDOW);
    assertThat(d.side()).isEqualTo(Side.BANK);
    assertThat(d.resolution()).isEqualTo(Resolution.RECONCILE_ON_ITS_DATE);
  }

  @Test
  void aDayCutAtFourMovesTheWindow() throws IOException {
    TransferRecord afterCut = Fixtures.withTime(deposit, DAY.atTime(16, 0));
    TransferRecord beforeCutYesterday =
        Fixtures.withTime(record("B2", "S2", 5), DAY.minusDays(1).atTime(16, 30));
    Reconciler reconciler =
        Reconciler.builder(BusinessWindow.dayCut(DAY, LocalTime.of(16, 0))).build();
    List<TransferRecord> both = List.of(afterCut, beforeCutYesterday);
    Result r =
        Fixtures.reconcile(
            reconciler, Fixtures.csv(dir, "b.csv", both), Fixtures.csv(dir, "k.csv", both));
    assertThat(r.summary().matched()).isEqualTo(1);
    assertThat(r.exceptions())
        .extracting(Discrepancy::reconClass, Discrepancy::bankSerial)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ReconClass.OUT_OF_WINDOW, "B1"),
            org.assertj.core.groups.Tuple.tuple(ReconClass.OUT_OF_WINDOW, "B1"));
  }

  @Test
  void aRecordLackingTheBrokerSerialIsMatchedByTheFallbackRuleAndLabelled() throws IOException {
    TransferRecord bankSide =
        Fixtures.withTime(
            Fixtures.withSerials(Fixtures.withInitiator(deposit, Side.BANK), "B1", ""),
            DAY.atTime(10, 4));
    TransferRecord brokerSide = Fixtures.withInitiator(deposit, Side.BANK);
    Result r = Fixtures.reconcile(dir, List.of(bankSide), List.of(brokerSide));
    assertThat(r.exceptions()).isEmpty();
    assertThat(r.summary().matched()).isEqualTo(1);
    assertThat(r.summary().fallbackMatches()).isEqualTo(1);
  }

  @Test
  void aFallbackPairWithDifferentStatusesIsAStatusMismatchLabelledFallback() throws IOException {
    TransferRecord bankSide = Fixtures.withSerials(deposit, "B1", "");
    TransferRecord brokerSide = Fixtures.withStatus(deposit, TransferStatus.FAILED);
    Discrepancy d = Fixtures.reconcile(dir, List.of(bankSide), List.of(brokerSide)).only();
    assertThat(d.reconClass()).isEqualTo(ReconClass.STATUS_MISMATCH);
    assertThat(d.fallback()).isTrue();
    assertThat(d.brokerSerial()).isEqualTo("S1");
  }

  @Test
  void theFallbackRuleRespectsItsTimeToleranceAndContradictingSerials() throws IOException {
    TransferRecord farApart =
        Fixtures.withTime(Fixtures.withSerials(deposit, "B1", ""), DAY.atTime(10, 11));
    TransferRecord otherSerial = Fixtures.withSerials(deposit, "B9", "");
    Result r = Fixtures.reconcile(dir, List.of(farApart, otherSerial), List.of(deposit));
    assertThat(r.exceptions())
        .extracting(Discrepancy::reconClass)
        .containsExactlyInAnyOrder(
            ReconClass.BANK_ONLY, ReconClass.BANK_ONLY, ReconClass.BROKER_ONLY);
    assertThat(r.summary().fallbackMatches()).isZero();
  }

  @Test
  void manyPartitionsAndThreadsFindTheSameAsOne() throws IOException {
    ReconDrill.Generated drill = new ReconDrill(7, DAY, 100, 50).inMemory(2_000);
    Path bank = Fixtures.csv(dir, "bank.csv", drill.bank());
    Path broker = Fixtures.csv(dir, "broker.csv", drill.broker());
    BusinessWindow window = BusinessWindow.calendarDay(DAY);
    Result one =
        Fixtures.reconcile(
            Reconciler.builder(window).partitions(1).threads(1).build(), bank, broker);
    Result many =
        Fixtures.reconcile(
            Reconciler.builder(window).partitions(13).threads(3).build(), bank, broker);
    assertThat(many.exceptions()).containsExactlyInAnyOrderElementsOf(one.exceptions());
    assertThat(many.summary().totals()).isEqualTo(one.summary().totals());
    assertThat(one.summary().exceptions()).isEqualTo(drill.expected().size());
  }
}
