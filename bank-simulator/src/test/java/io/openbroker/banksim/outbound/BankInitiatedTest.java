package io.openbroker.banksim.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.banksim.Initiator;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.TransferStatus;
import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.FakeBroker;
import io.openbroker.core.money.Money;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bank-channel transfers and reversals delivered to a broker endpoint until definite. */
class BankInitiatedTest {

  private FakeBroker broker;
  private BankFixture f;

  private void start(String answer) throws Exception {
    f = null;
    java.time.Clock fixtureTime =
        java.time.Clock.fixed(
            java.time.Instant.parse("2026-11-20T02:00:00Z"), io.openbroker.core.Effects.CHINA);
    broker = new FakeBroker(fixtureTime, m -> answer);
    f = new BankFixture(Optional.of(broker.uri()), b -> b);
    assertThat(f.designate("D1").raw()).contains("SUCCESS");
  }

  @AfterEach
  void stop() {
    if (f != null) {
      f.close();
    }
    broker.close();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private BankTransfer transfer(String bankSerial) {
    return f.bank.transfers().stream()
        .filter(t -> t.bankSerial().equals(bankSerial))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aBankChannelDepositIsDeliveredAndAcceptedOnce() throws Exception {
    start("SUCCESS");
    String serial =
        f.bank.originateTransfer(
            BankFixture.BROKER,
            TransferDirection.BANK_TO_SECURITIES,
            BankFixture.FUND,
            BankFixture.CARD,
            Money.parse("100.00"));
    await(() -> f.bank.pendingBankInitiated() == 0);

    assertThat(broker.deliveries()).hasSize(1);
    assertThat(broker.deliveries().get(0).path("amount").asText()).isEqualTo("100.00");
    assertThat(broker.deliveries().get(0).path("businessDate").asText()).isEqualTo("2026-11-20");
    assertThat(broker.deliveries().get(0).path("systemTime").asText())
        .isEqualTo("2026-11-20T02:00:00Z");
    BankTransfer t = transfer(serial);
    assertThat(t.initiator()).isEqualTo(Initiator.BANK);
    assertThat(t.status()).isEqualTo(TransferStatus.SUCCEEDED);
    assertThat(t.brokerSerial()).isEqualTo("BRK" + serial);
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isEqualTo(10_000);
    assertThat(f.bank.checkBooks().balanced()).isTrue();
  }

  @Test
  void aRefusedBankChannelDepositIsUndone() throws Exception {
    start("ACCOUNT_FROZEN");
    String serial =
        f.bank.originateTransfer(
            BankFixture.BROKER,
            TransferDirection.BANK_TO_SECURITIES,
            BankFixture.FUND,
            BankFixture.CARD,
            Money.parse("100.00"));
    await(() -> f.bank.pendingBankInitiated() == 0);

    assertThat(transfer(serial).status()).isEqualTo(TransferStatus.REVERSED);
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(1_000_000);
    assertThat(f.bank.checkBooks().balanced()).isTrue();
  }

  @Test
  void aBankChannelWithdrawalMovesMoneyOnlyAfterTheBrokerAccepts() throws Exception {
    start("SUCCESS");
    f.deposit("T1", "300.00");
    String serial =
        f.bank.originateTransfer(
            BankFixture.BROKER,
            TransferDirection.SECURITIES_TO_BANK,
            BankFixture.FUND,
            BankFixture.CARD,
            Money.parse("120.00"));
    await(() -> f.bank.pendingBankInitiated() == 0);

    assertThat(transfer(serial).status()).isEqualTo(TransferStatus.SUCCEEDED);
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isEqualTo(18_000);
  }

  @Test
  void lostAnswersAndDuplicateDeliveriesAreRetriedUntilDefiniteAndAppliedOnce() throws Exception {
    start("SUCCESS");
    f.bank.setFaultPlan(
        new FaultPlan(
            3,
            List.of(
                FaultRule.onNth(BankOperation.BANK_INITIATED, FaultKind.CONNECTION_RESET, 1),
                FaultRule.onNth(BankOperation.BANK_INITIATED, FaultKind.DROP_AFTER_COMMIT, 2),
                FaultRule.onNth(BankOperation.BANK_INITIATED, FaultKind.DUPLICATE_DELIVERY, 3))));
    String serial =
        f.bank.originateTransfer(
            BankFixture.BROKER,
            TransferDirection.BANK_TO_SECURITIES,
            BankFixture.FUND,
            BankFixture.CARD,
            Money.parse("50.00"));
    await(() -> f.bank.pendingBankInitiated() == 0);

    assertThat(broker.deliveries())
        .hasSize(3)
        .allMatch(m -> m.path("bankSerial").asText().equals(serial));
    assertThat(broker.distinctApplied()).isEqualTo(1);
    assertThat(f.bank.faultLog()).hasSize(3);
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isEqualTo(5_000);
  }

  @Test
  void aSkewedClockStampsTheBankInitiatedRequestSoTheBrokerRefusesItAsStale() throws Exception {
    start("SUCCESS");
    Duration skew = Duration.ofMinutes(10);
    f.bank.setFaultPlan(
        new FaultPlan(
            4,
            List.of(
                FaultRule.onNth(BankOperation.BANK_INITIATED, FaultKind.CLOCK_SKEW, 1)
                    .lasting(skew))));
    String serial =
        f.bank.originateTransfer(
            BankFixture.BROKER,
            TransferDirection.BANK_TO_SECURITIES,
            BankFixture.FUND,
            BankFixture.CARD,
            Money.parse("40.00"));
    await(() -> f.bank.pendingBankInitiated() == 0);

    assertThat(broker.refusals())
        .containsExactly(
            new FakeBroker.Refusal(
                "ENVELOPE_STALE", Long.toString(f.clock.millis() + skew.toMillis())));
    assertThat(broker.deliveries()).as("the retry, on time").hasSize(1);
    assertThat(transfer(serial).status()).isEqualTo(TransferStatus.SUCCEEDED);
  }

  @Test
  void aBankChannelReversalUndoesTheBankSideAndTellsTheBroker() throws Exception {
    start("SUCCESS");
    String serial =
        f.bank.originateTransfer(
            BankFixture.BROKER,
            TransferDirection.BANK_TO_SECURITIES,
            BankFixture.FUND,
            BankFixture.CARD,
            Money.parse("70.00"));
    await(() -> f.bank.pendingBankInitiated() == 0);
    String reversal = f.bank.originateReversal(serial);
    await(() -> f.bank.pendingBankInitiated() == 0);

    assertThat(transfer(serial).status()).isEqualTo(TransferStatus.REVERSED);
    assertThat(broker.deliveries())
        .last()
        .satisfies(
            m -> {
              assertThat(m.path("bankSerial").asText()).isEqualTo(reversal);
              assertThat(m.path("originalBankSerial").asText()).isEqualTo(serial);
            });
    assertThat(f.bank.bankBalanceFen(BankFixture.CARD)).isEqualTo(1_000_000);
  }

  @Test
  void aRefusedBankChannelWithdrawalIsRecordedAsFailedAndMovesNothing() throws Exception {
    start("INSUFFICIENT_FUNDS");
    f.deposit("T1", "300.00");
    String serial =
        f.bank.originateTransfer(
            BankFixture.BROKER,
            TransferDirection.SECURITIES_TO_BANK,
            BankFixture.FUND,
            BankFixture.CARD,
            Money.parse("120.00"));
    await(() -> f.bank.pendingBankInitiated() == 0);

    assertThat(transfer(serial).status()).isEqualTo(TransferStatus.FAILED);
    assertThat(transfer(serial).resultCode())
        .isEqualTo(io.openbroker.banksim.BankResultCode.REFUSED_BY_BROKER);
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isEqualTo(30_000);
  }
}
