package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalanceReconcilerTest {

  @Test
  void agreeingBalancesThatAddUpToTheSummaryAccountAreBalanced() {
    List<ClientBalance> both = List.of(new ClientBalance("001", 100), new ClientBalance("002", 50));
    BalanceReport report = BalanceReconciler.reconcile(both, both, Money.ofFen(150));
    assertThat(report.balanced()).isTrue();
    assertThat(report.clients()).isEqualTo(2);
  }

  @Test
  void eachKindOfDifferenceIsReportedWithItsSurplusOrShortfall() {
    List<ClientBalance> ledgers =
        List.of(
            new ClientBalance("001", 120),
            new ClientBalance("002", 50),
            new ClientBalance("003", -10));
    List<ClientBalance> bank =
        List.of(
            new ClientBalance("001", 100),
            new ClientBalance("003", -10),
            new ClientBalance("004", 7));
    BalanceReport report = BalanceReconciler.reconcile(ledgers, bank, Money.ofFen(100));
    assertThat(report.discrepancies())
        .extracting(
            BalanceDiscrepancy::kind, BalanceDiscrepancy::fundAccount, BalanceDiscrepancy::effect)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                BalanceDiscrepancy.Kind.BALANCE_MISMATCH, "001", BalanceEffect.SURPLUS),
            org.assertj.core.groups.Tuple.tuple(
                BalanceDiscrepancy.Kind.BROKER_ONLY, "002", BalanceEffect.SURPLUS),
            org.assertj.core.groups.Tuple.tuple(
                BalanceDiscrepancy.Kind.OVERDRAFT, "003", BalanceEffect.NONE),
            org.assertj.core.groups.Tuple.tuple(
                BalanceDiscrepancy.Kind.BANK_ONLY, "004", BalanceEffect.SHORTFALL),
            org.assertj.core.groups.Tuple.tuple(
                BalanceDiscrepancy.Kind.SUMMARY_MISMATCH, "", BalanceEffect.SURPLUS));
    assertThat(report.ledgerTotalFen()).isEqualTo(160);
    assertThat(report.managementTotalFen()).isEqualTo(97);
    assertThat(report.discrepancies().get(0).toString()).doesNotContain("001 ");
  }

  @Test
  void accountNumbersCompareAsTextSoLeadingZerosCount() {
    BalanceReport report =
        BalanceReconciler.reconcile(
            List.of(new ClientBalance("01", 5)),
            List.of(new ClientBalance("1", 5)),
            Money.ofFen(5));
    assertThat(report.discrepancies())
        .extracting(BalanceDiscrepancy::kind)
        .containsExactly(BalanceDiscrepancy.Kind.BROKER_ONLY, BalanceDiscrepancy.Kind.BANK_ONLY);
  }

  @Test
  void aFundAccountTwiceOnOneSideIsRefused() {
    List<ClientBalance> twice = List.of(new ClientBalance("001", 1), new ClientBalance("001", 2));
    assertThatThrownBy(() -> BalanceReconciler.reconcile(twice, List.of(), Money.ofFen(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
