package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.internal.flow.Outcomes;
import io.openbroker.transfer.testing.Await;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fault matrix of docs/TRANSFERS.md, with the simulator's own fault injection: each wire fault
 * on the first send of a deposit and of a withdrawal, then faults that outlast every resend (so a
 * reversal decides), then reversals that fail too. After each: the books agree (SPEC §11).
 */
class TransferFaultTest {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static BankWorld world;
  private static TransferService service;

  @BeforeAll
  static void start() {
    world = new BankWorld(40);
    service = world.service(RetryPolicy.DEFAULT);
  }

  @AfterAll
  static void stop() {
    service.close();
    world.close();
  }

  /** A client of its own for each test, with 1,000.00 in the fund account. */
  private static Customer funded() {
    Customer c = world.customers.get(NEXT.getAndIncrement());
    world.noFaults();
    assertThat(service.transfer(world.deposit(c, "1000.00")))
        .isInstanceOf(TransferOutcome.Succeeded.class);
    return c;
  }

  private static FaultRule first(FaultKind kind) {
    FaultRule rule = FaultRule.onNth(BankOperation.TRANSFER, kind, 1);
    return switch (kind) {
      case TIMEOUT -> rule.lasting(Duration.ofMillis(300));
      case CLOCK_SKEW -> rule.lasting(Duration.ofMinutes(10));
      case DELAY -> rule.lasting(Duration.ofMillis(50));
      case SLOW_RESPONSE -> rule.lasting(Duration.ofMillis(1));
      default -> rule;
    };
  }

  /**
   * A crashed bank is down for longer than the (recorded, not spent) backoffs: the transfer may end
   * unknown, and recovery, once the bank is back, drives it to a definite end.
   */
  private static TransferOutcome settled(FaultKind kind, TransferOutcome o) {
    if (kind != FaultKind.CRASH_RESTART || !(o instanceof TransferOutcome.Unknown)) {
      return o;
    }
    Await.until(
        Duration.ofSeconds(20),
        "the bank to restart",
        () ->
            world.client(world.bank.baseUri().toString()).queryTransfer(o.serial())
                instanceof BankAnswer.Verified<?>);
    service.recover();
    TransferRecord r = service.find(o.serial()).orElseThrow();
    assertThat(r.state()).isIn(TransferState.SUCCEEDED, TransferState.REVERSED);
    return Outcomes.of(r);
  }

  @ParameterizedTest
  @EnumSource(
      value = FaultKind.class,
      names = {"DUPLICATE_DELIVERY"},
      mode = EnumSource.Mode.EXCLUDE)
  void aDepositSurvivesTheFaultOnItsFirstSend(FaultKind kind) {
    Customer c = funded();
    world.bank.setFaultPlan(new FaultPlan(1, List.of(first(kind))));

    TransferOutcome o = settled(kind, service.transfer(world.deposit(c, "100.00")));

    if (kind != FaultKind.CRASH_RESTART) {
      assertThat(o).isInstanceOf(TransferOutcome.Succeeded.class);
      assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1100.00"));
    }
    assertThat(world.bank.faultLog()).hasSize(1);
    world.noFaults();
    world.assertBooksAgree(service);
  }

  @ParameterizedTest
  @EnumSource(
      value = FaultKind.class,
      names = {"DUPLICATE_DELIVERY"},
      mode = EnumSource.Mode.EXCLUDE)
  void aWithdrawalSurvivesTheFaultOnItsFirstSend(FaultKind kind) {
    Customer c = funded();
    world.bank.setFaultPlan(new FaultPlan(1, List.of(first(kind))));

    TransferOutcome o = settled(kind, service.transfer(world.withdrawal(c, "100.00")));

    if (kind != FaultKind.CRASH_RESTART) {
      assertThat(o).isInstanceOf(TransferOutcome.Succeeded.class);
      assertThat(world.ledger.balance(c.fund()).total()).isEqualTo(Money.parse("900.00"));
    }
    world.noFaults();
    world.assertBooksAgree(service);
  }

  @Test
  void aDepositAppliedButNeverAnsweredIsReversedAndNotCredited() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1, 2, 3))));
    TransferRequest deposit = world.deposit(c, "100.00");

    TransferOutcome o = service.transfer(deposit);

    assertThat(o).isInstanceOf(TransferOutcome.Refused.class);
    assertThat(((TransferOutcome.Refused) o).code()).isEqualTo("REVERSED");
    assertThat(service.find(deposit.serial()).orElseThrow().state())
        .isEqualTo(TransferState.REVERSED);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1000.00"));
    assertThat(world.bank.bankBalanceFen(c.card().value())).isEqualTo(1_000_000 - 100_000);
    assertThat(service.decisions(deposit.serial()))
        .contains("UNKNOWN: outcome unknown after 3 sends: no answer: IOException");
    world.noFaults();
    world.assertBooksAgree(service);
  }

  @Test
  void aWithdrawalNeverAnsweredIsReversedAndItsFreezeReleased() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1, 2, 3))));

    TransferOutcome o = service.transfer(world.withdrawal(c, "100.00"));

    assertThat(((TransferOutcome.Refused) o).code()).isEqualTo("REVERSED");
    var balance = world.ledger.balance(c.fund());
    assertThat(balance.withdrawable()).isEqualTo(Money.parse("1000.00"));
    assertThat(balance.frozen().isZero()).isTrue();
    world.noFaults();
    world.assertBooksAgree(service);
  }

  @Test
  void aReversalOfAnOriginalTheBankNeverSawBlocksItsLateArrival() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.FAIL_BEFORE_COMMIT, 1, 2, 3))));
    TransferRequest withdrawal = world.withdrawal(c, "100.00");

    TransferOutcome o = service.transfer(withdrawal);
    world.noFaults();
    BankAnswer<BankTransferReply> late =
        world.client(world.bank.baseUri().toString()).transfer(withdrawal);

    assertThat(((TransferOutcome.Refused) o).code()).isEqualTo("NOT_APPLIED");
    assertThat(((BankAnswer.Verified<BankTransferReply>) late).resultCode())
        .isEqualTo("REVERSED_BEFORE_ARRIVAL");
    world.assertBooksAgree(service);
  }

  @Test
  void aWithdrawalWhoseMoneyMovedOnCannotBeReversedAndIsSettled() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1, 2, 3))));
    // While the broker waits to resend, the client spends everything on the card.
    world.sleeper.onWait(
        2, () -> world.bank.cash(c.card().value(), -world.bank.bankBalanceFen(c.card().value())));
    TransferRequest w = world.withdrawal(c, "100.00");

    TransferOutcome o = service.transfer(w);

    assertThat(o).isInstanceOf(TransferOutcome.Succeeded.class);
    assertThat(((TransferOutcome.Succeeded) o).bankSerial()).isNotEmpty();
    assertThat(service.decisions(w.serial())).anyMatch(d -> d.startsWith("REVERSING"));
    assertThat(world.ledger.balance(c.fund()).total()).isEqualTo(Money.parse("900.00"));
    world.noFaults();
    world.assertBooksAgree(service);
  }

  @Test
  void aReversalIsRetriedUntilTheBankAnswers() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.CORRUPT_SIGNATURE, 1, 2, 3),
                FaultRule.onNth(BankOperation.REVERSAL, FaultKind.CONNECTION_RESET, 1),
                FaultRule.onNth(BankOperation.REVERSAL, FaultKind.DROP_AFTER_COMMIT, 2))));
    TransferRequest deposit = world.deposit(c, "100.00");

    TransferOutcome o = service.transfer(deposit);

    assertThat(((TransferOutcome.Refused) o).code()).isEqualTo("REVERSED");
    assertThat(service.find(deposit.serial()).orElseThrow().reversalCount()).isEqualTo(3);
    world.noFaults();
    world.assertBooksAgree(service);
  }

  @Test
  void aReversalThatStaysUnknownIsFinishedByRecovery() {
    Customer c = funded();
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1, 2, 3),
                FaultRule.withProbability(BankOperation.REVERSAL, FaultKind.HTTP_5XX, 1.0))));
    TransferRequest withdrawal = world.withdrawal(c, "100.00");

    TransferOutcome o = service.transfer(withdrawal);
    assertThat(o).isInstanceOf(TransferOutcome.Unknown.class);
    assertThat(service.find(withdrawal.serial()).orElseThrow().state())
        .isEqualTo(TransferState.REVERSING);
    assertThat(world.ledger.balance(c.fund()).frozen()).isEqualTo(Money.parse("100.00"));
    world.noFaults();
    RecoveryReport report = service.recover();

    assertThat(report.refused()).isEqualTo(1);
    assertThat(service.find(withdrawal.serial()).orElseThrow().state())
        .isEqualTo(TransferState.REVERSED);
    world.assertBooksAgree(service);
  }

  @Test
  void resendsWaitExponentiallyGrowingJitteredDelays() {
    Customer c = funded();
    int before = world.sleeper.waits().size();
    world.bank.setFaultPlan(
        new FaultPlan(
            1, List.of(FaultRule.onNth(BankOperation.TRANSFER, FaultKind.HTTP_5XX, 1, 2))));

    assertThat(service.transfer(world.deposit(c, "1.00")))
        .isInstanceOf(TransferOutcome.Succeeded.class);

    List<Duration> waits = world.sleeper.waits().subList(before, world.sleeper.waits().size());
    assertThat(waits).hasSize(2);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    world.noFaults();
    world.assertBooksAgree(service);
  }
}
