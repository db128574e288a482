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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  /** A deposit of 100.00 the bank books, whose answer is lost, and whose node dies waiting. */
  private TransferRequest depositDyingAfterTheBankBookedIt(Customer c) {
    world.bank.setFaultPlan(
        new FaultPlan(
            1, List.of(FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1))));
    world.sleeper.crashOnWait(1);
    TransferRequest d = world.deposit(c, "100.00");
    assertThatThrownBy(() -> dying.transfer(d)).isInstanceOf(SimulatedCrash.class);
    return d;
  }

  @Test
  void diedAfterTheBankBookedADepositButBeforeItsAnswerArrived() {
    Customer c = funded();
    TransferRequest d = depositDyingAfterTheBankBookedIt(c);
    assertThat(survivor.find(d.serial()).orElseThrow().state()).isEqualTo(TransferState.SENT);
    TransferRecord r = recoverBySurvivor(d);

    assertThat(r.state()).isEqualTo(TransferState.SUCCEEDED);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1100.00"));
  }

  /**
   * A journal from before the open set (schema version 2, with the old index) holding an unfinished
   * transfer: the open set is empty, so nobody finds the transfer until the upgrade's migration
   * enters it; then recovery finishes it.
   */
  @Test
  void aTransferLeftUnfinishedBeforeTheOpenSetExistedIsRecoveredAfterTheUpgrade()
      throws SQLException {
    Customer c = funded();
    TransferRequest d = depositDyingAfterTheBankBookedIt(c);
    try (Connection conn = world.db.getConnection();
        Statement st = conn.createStatement()) {
      st.executeUpdate("DELETE FROM transfer_open");
      st.executeUpdate(
          "DELETE FROM schema_version WHERE schema_name = 'transfer-journal' AND version = 3");
      st.executeUpdate(
          "CREATE INDEX transfer_journal_open ON transfer_journal (ledger_done, lease_until)");
    }
    Await.until(
        Duration.ofSeconds(10),
        "the dead node's lease to run out",
        () -> leaseUntil(d) < world.effects.clock().millis());
    assertThat(survivor.recover().driven()).isZero();
    assertThat(survivor.find(d.serial()).orElseThrow().ledgerDone()).isFalse();

    try (TransferService upgraded =
        world.service(RetryPolicy.DEFAULT, "node-upgraded", world.ledger, LEASE)) {
      Await.until(
          Duration.ofSeconds(10),
          "the upgraded node to take over",
          () -> {
            upgraded.recover();
            return upgraded.find(d.serial()).orElseThrow().ledgerDone();
          });
      assertThat(upgraded.find(d.serial()).orElseThrow().state())
          .isEqualTo(TransferState.SUCCEEDED);
      world.assertBooksAgree(upgraded);
    }
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1100.00"));
  }

  private static long leaseUntil(TransferRequest r) {
    try (Connection conn = world.db.getConnection();
        PreparedStatement s =
            conn.prepareStatement("SELECT lease_until FROM transfer_journal WHERE serial = ?")) {
      s.setString(1, r.serial().value());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
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
