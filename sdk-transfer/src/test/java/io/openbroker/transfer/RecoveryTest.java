package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.testing.Await;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.CrashingLedger;
import io.openbroker.transfer.testing.Customer;
import io.openbroker.transfer.testing.SimulatedCrash;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker dies at each point of a transfer (the drive stops dead, its lease is not given back);
 * another node recovers once the lease runs out. After each: one definite end, booked once.
 */
class RecoveryTest {

  private static final Duration LEASE = Duration.ofMillis(300);
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static BankWorld world;

  private CrashingLedger crashing;
  private TransferService dying;
  private TransferService survivor;

  @BeforeAll
  static void start() {
    world = new BankWorld(20);
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @BeforeEach
  void nodes() {
    crashing = new CrashingLedger(world.ledger);
    dying = world.service(RetryPolicy.DEFAULT, "node-dying", crashing, LEASE);
    survivor = world.service(RetryPolicy.DEFAULT, "node-survivor", world.ledger, LEASE);
  }

  @AfterEach
  void cleanUp() {
    world.noFaults();
    dying.close();
    survivor.close();
  }

  private static Customer funded() {
    Customer c = world.customers.get(NEXT.getAndIncrement());
    TransferService plain = world.service(RetryPolicy.DEFAULT, "funder");
    assertThat(plain.transfer(world.deposit(c, "1000.00")))
        .isInstanceOf(TransferOutcome.Succeeded.class);
    return c;
  }

  private TransferRecord recoverBySurvivor(TransferRequest request) {
    Await.until(
        Duration.ofSeconds(10),
        "the survivor to take over",
        () -> {
          survivor.recover();
          return survivor.find(request.serial()).orElseThrow().ledgerDone();
        });
    TransferRecord r = survivor.find(request.serial()).orElseThrow();
    assertThat(r.ledgerDone()).as("%s", survivor.decisions(request.serial())).isTrue();
    assertThat(survivor.recover().driven()).isZero();
    world.assertBooksAgree(survivor);
    return r;
  }

  @Test
  void diedBeforeFreezingAWithdrawal() {
    Customer c = funded();
    TransferRequest w = world.withdrawal(c, "100.00");
    crashing.crashBefore("freeze");

    assertThatThrownBy(() -> dying.transfer(w)).isInstanceOf(SimulatedCrash.class);
    TransferRecord r = recoverBySurvivor(w);

    assertThat(r.state()).isEqualTo(TransferState.FAILED);
    assertThat(r.resultCode()).isEqualTo("NOT_SENT");
    assertThat(world.ledger.balance(c.fund()).withdrawable()).isEqualTo(Money.parse("1000.00"));
  }

  @Test
  void diedAfterTheBankBookedADepositButBeforeItsAnswerArrived() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1, List.of(FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1))));
    world.sleeper.crashOnWait(1);
    TransferRequest d = world.deposit(c, "100.00");

    assertThatThrownBy(() -> dying.transfer(d)).isInstanceOf(SimulatedCrash.class);
    assertThat(survivor.find(d.serial()).orElseThrow().state()).isEqualTo(TransferState.SENT);
    TransferRecord r = recoverBySurvivor(d);

    assertThat(r.state()).isEqualTo(TransferState.SUCCEEDED);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1100.00"));
  }

  @Test
  void diedAfterSendingAWithdrawalTheBankNeverGot() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1, List.of(FaultRule.onNth(BankOperation.TRANSFER, FaultKind.CONNECTION_RESET, 1))));
    world.sleeper.crashOnWait(1);
    TransferRequest w = world.withdrawal(c, "100.00");

    assertThatThrownBy(() -> dying.transfer(w)).isInstanceOf(SimulatedCrash.class);
    assertThat(world.ledger.balance(c.fund()).frozen()).isEqualTo(Money.parse("100.00"));
    TransferRecord r = recoverBySurvivor(w);

    assertThat(r.state()).isEqualTo(TransferState.FAILED);
    assertThat(r.resultCode()).isEqualTo("NOT_APPLIED");
    assertThat(world.ledger.balance(c.fund()).withdrawable()).isEqualTo(Money.parse("1000.00"));
  }

  @Test
  void diedAfterTheBanksSuccessBeforeCreditingTheDeposit() {
    Customer c = funded();
    crashing.crashBefore("credit");
    TransferRequest d = world.deposit(c, "100.00");

    assertThatThrownBy(() -> dying.transfer(d)).isInstanceOf(SimulatedCrash.class);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1000.00"));
    TransferRecord r = recoverBySurvivor(d);

    assertThat(r.state()).isEqualTo(TransferState.SUCCEEDED);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1100.00"));
  }

  @Test
  void diedAfterTheBanksSuccessBeforeSettlingTheWithdrawal() {
    Customer c = funded();
    crashing.crashBefore("settle");
    TransferRequest w = world.withdrawal(c, "100.00");

    assertThatThrownBy(() -> dying.transfer(w)).isInstanceOf(SimulatedCrash.class);
    TransferRecord r = recoverBySurvivor(w);

    assertThat(r.state()).isEqualTo(TransferState.SUCCEEDED);
    assertThat(world.ledger.balance(c.fund()).total()).isEqualTo(Money.parse("900.00"));
  }

  @Test
  void diedWhileReversing() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1, 2, 3),
                FaultRule.onNth(BankOperation.REVERSAL, FaultKind.DROP_AFTER_COMMIT, 1))));
    world.sleeper.crashOnWait(3);
    TransferRequest w = world.withdrawal(c, "100.00");

    assertThatThrownBy(() -> dying.transfer(w)).isInstanceOf(SimulatedCrash.class);
    assertThat(survivor.find(w.serial()).orElseThrow().state()).isEqualTo(TransferState.REVERSING);
    world.noFaults();
    TransferRecord r = recoverBySurvivor(w);

    assertThat(r.state()).isEqualTo(TransferState.REVERSED);
    assertThat(world.ledger.balance(c.fund()).withdrawable()).isEqualTo(Money.parse("1000.00"));
  }

  @Test
  void theSameSerialAskedAgainAfterTheCrashGetsTheRecoveredTransfer() {
    Customer c = funded();
    crashing.crashBefore("credit");
    TransferRequest d = world.deposit(c, "100.00");
    assertThatThrownBy(() -> dying.transfer(d)).isInstanceOf(SimulatedCrash.class);

    Await.until(
        Duration.ofSeconds(10),
        "the channel's retry to finish the transfer",
        () -> survivor.transfer(d) instanceof TransferOutcome.Succeeded);

    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1100.00"));
    world.assertBooksAgree(survivor);
  }

  @Test
  void aLivingNodeWithBackgroundRecoveryFinishesADeadNodesTransferByItself() {
    Customer c = funded();
    crashing.crashBefore("credit");
    TransferRequest d = world.deposit(c, "100.00");
    assertThatThrownBy(() -> dying.transfer(d)).isInstanceOf(SimulatedCrash.class);

    try (TransferService background =
        TransferService.builder()
            .client(world.client(world.bank.baseUri().toString()))
            .journal(world.db)
            .ledger(world.ledger)
            .effects(world.effects)
            .riskPolicy(io.openbroker.transfer.spi.RiskPolicy.allowAll())
            .nodeId("node-background")
            .lease(LEASE)
            .recoverEvery(Duration.ofMillis(50))
            .build()) {
      Await.until(
          Duration.ofSeconds(10),
          "background recovery to book the deposit",
          () -> background.find(d.serial()).orElseThrow().ledgerDone());
    }

    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1100.00"));
    world.assertBooksAgree(survivor);
  }
}
