package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.testing.Await;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several SDK instances on one journal database: concurrent callers on two nodes under random
 * faults, then both nodes recovering at once. No transfer is decided twice; the books agree.
 */
class SharedJournalTest {

  private static BankWorld world;

  @BeforeAll
  static void start() {
    world = new BankWorld(8);
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @Test
  void twoNodesUnderFaultsNeverDriveOneTransferTwice() {
    twoNodesUnderFaults(world);
  }

  /** The scenario, on any world's journal database (also PostgreSQL). */
  static void twoNodesUnderFaults(BankWorld world) {
    RetryPolicy policy = new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 0, 1);
    try (TransferService a = world.service(policy, "node-a", world.ledger, Duration.ofMillis(100));
        TransferService b = world.service(policy, "node-b", world.ledger, Duration.ofMillis(100))) {
      for (Customer c : world.customers) {
        assertThat(a.transfer(world.deposit(c, "1000.00")))
            .isInstanceOf(TransferOutcome.Succeeded.class);
      }
      world.bank.setFaultPlan(
          new FaultPlan(
              11,
              List.of(
                  FaultRule.withProbability(BankOperation.ANY, FaultKind.DROP_AFTER_COMMIT, 0.2),
                  FaultRule.withProbability(BankOperation.ANY, FaultKind.FAIL_BEFORE_COMMIT, 0.1),
                  FaultRule.withProbability(BankOperation.ANY, FaultKind.CONNECTION_RESET, 0.1))));
      List<CompletableFuture<TransferOutcome>> calls = new ArrayList<>();
      List<TransferRequest> requests = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        Customer c = world.customers.get(i % world.customers.size());
        TransferRequest r = i % 2 == 0 ? world.deposit(c, "10.00") : world.withdrawal(c, "15.00");
        requests.add(r);
        calls.add((i % 3 == 0 ? b : a).transferAsync(r));
        if (i % 5 == 0) {
          calls.add((i % 3 == 0 ? a : b).transferAsync(r)); // the channel retries elsewhere
        }
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
      world.noFaults();
      Await.until(
          Duration.ofSeconds(30),
          "both nodes to finish every transfer",
          () -> {
            CompletableFuture<RecoveryReport> ra = CompletableFuture.supplyAsync(a::recover);
            CompletableFuture<RecoveryReport> rb = CompletableFuture.supplyAsync(b::recover);
            ra.join();
            rb.join();
            return a.journal().stream().allMatch(TransferRecord::ledgerDone);
          });

      for (TransferRequest r : requests) {
        assertThat(a.decisions(r.serial()).stream().filter(d -> d.contains(": decided ")))
            .as("decisions of %s", r.serial())
            .hasSize(1);
      }
      assertThat(world.ledger.balance(world.customers.get(0).fund()).total())
          .isNotEqualTo(Money.zero(Money.parse("1").currency()));
      world.assertBooksAgree(a);
    }
  }
}
