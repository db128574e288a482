package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The model-based property of SPEC §11: for any sequence of transfers under any schedule of wire
 * faults and broker crashes, after recovery every client's fund ledger equals the bank's management
 * account, the summary account equals their sum, no serial moved money twice, and the journal's
 * succeeded transfers are exactly the money that moved. {@code mvn verify} (and so CI) runs the 300
 * tries of {@code junit-platform.properties}, about a minute; {@code mvn verify -Psoak} runs 3000.
 * jqwik prints the seed of a failure; rerun it with {@code @Property(seed = "...")}.
 */
class TransferProperties {

  private static BankWorld world;

  /** One operation of a run: a client (of the run's 3), a direction, an amount, maybe a crash. */
  record Op(int client, TransferDirection direction, long fen, Crash crash) {}

  /** Where the broker process "dies" during an operation, if anywhere. */
  enum Crash {
    NONE,
    ON_FIRST_RETRY_WAIT,
    BEFORE_LEDGER
  }

  @BeforeContainer
  static void start() {
    world = new BankWorld(0);
  }

  @AfterContainer
  static void stop() {
    world.close();
  }

  @Property
  void moneyIsConservedWhateverTheFaults(
      @ForAll("operations") List<Op> ops, @ForAll("faults") List<FaultRule> faults) {
    List<Customer> clients = List.of(world.newCustomer(), world.newCustomer(), world.newCustomer());
    CrashingLedger ledger = new CrashingLedger(world.ledger);
    world.bank.setFaultPlan(new FaultPlan(ops.size(), faults));
    List<TransferRequest> sent = new ArrayList<>();
    TransferService node = node(ledger);
    for (Op op : ops) {
      Customer c = clients.get(op.client());
      Money amount = Money.ofFen(op.fen());
      TransferRequest r =
          op.direction() == TransferDirection.BANK_TO_SECURITIES
              ? TransferRequest.deposit(
                  world.nextSerial(), c.fund(), c.card(), amount, Customer.PASSWORD)
              : TransferRequest.withdrawal(world.nextSerial(), c.fund(), c.card(), amount);
      arm(op.crash(), ledger, r.direction());
      sent.add(r);
      try {
        node.transfer(r);
      } catch (SimulatedCrash crash) {
        node = node(ledger); // the process restarts as a new instance on the same journal
      }
      world.sleeper.crashOnWait(0);
      ledger.crashBefore("");
    }
    world.noFaults();
    TransferService survivor = node(world.ledger);
    Await.until(
        Duration.ofSeconds(30),
        "recovery to finish every transfer",
        () -> {
          survivor.recover();
          return survivor.journal().stream().allMatch(TransferRecord::ledgerDone);
        });
    world.assertBooksAgree(survivor);
    for (Customer c : clients) {
      assertThat(world.ledger.balance(c.fund()).total().fen()).isEqualTo(modelFen(survivor, c));
    }
  }

  private static TransferService node(io.openbroker.transfer.spi.FundLedger ledger) {
    return world.service(
        new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40), 0.5, 3),
        "node-" + world.nextSerial(),
        ledger,
        Duration.ofMillis(200));
  }

  private static void arm(Crash crash, CrashingLedger ledger, TransferDirection direction) {
    switch (crash) {
      case ON_FIRST_RETRY_WAIT -> world.sleeper.crashOnWait(1);
      case BEFORE_LEDGER ->
          ledger.crashBefore(
              direction == TransferDirection.BANK_TO_SECURITIES ? "credit" : "settle");
      case NONE -> {}
    }
  }

  /** The model: the journal's succeeded deposits minus succeeded withdrawals of a client. */
  private static long modelFen(TransferService service, Customer c) {
    return service.journal().stream()
        .filter(r -> r.fundAccount().equals(c.fund()) && r.state() == TransferState.SUCCEEDED)
        .mapToLong(
            r ->
                r.direction() == TransferDirection.BANK_TO_SECURITIES
                    ? r.amount().fen()
                    : -r.amount().fen())
        .sum();
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.of(TransferDirection.class),
                Arbitraries.longs().between(1, 300_000),
                Arbitraries.frequency(
                    Tuple.of(8, Crash.NONE),
                    Tuple.of(1, Crash.ON_FIRST_RETRY_WAIT),
                    Tuple.of(1, Crash.BEFORE_LEDGER)))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<FaultRule>> faults() {
    Arbitrary<FaultKind> kind =
        Arbitraries.of(
            FaultKind.DROP_AFTER_COMMIT,
            FaultKind.FAIL_BEFORE_COMMIT,
            FaultKind.CONNECTION_RESET,
            FaultKind.HTTP_5XX,
            FaultKind.CORRUPT_SIGNATURE,
            FaultKind.TIMEOUT,
            FaultKind.CLOCK_SKEW,
            FaultKind.CRASH_RESTART);
    Arbitrary<FaultRule> rule =
        Combinators.combine(
                Arbitraries.of(BankOperation.TRANSFER, BankOperation.REVERSAL, BankOperation.ANY),
                kind,
                Arbitraries.longs().between(1, 8))
            .as(
                (operation, k, nth) ->
                    FaultRule.onNth(operation, k, nth)
                        .lasting(
                            k == FaultKind.CLOCK_SKEW
                                ? Duration.ofMinutes(10)
                                : Duration.ofMillis(50)));
    return rule.list().ofMaxSize(10);
  }
}
