package io.openbroker.transfer.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.RetryPolicy;
import io.openbroker.transfer.TransferOutcome;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferService;
import io.openbroker.transfer.testing.Await;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker process is killed with SIGKILL (a child JVM, {@code destroyForcibly}) at random points
 * while 8 threads transfer under wire faults; a fresh instance on the same H2 file recovers. Twice
 * over: once with journal and ledger on one group committer, once with the ledger on its own
 * transactions. After each: the books agree and no serial moved money twice.
 */
class BrokerKillTest {

  @Test
  void aKilledBrokerLosesAndDuplicatesNothing(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broker.pem"), BankWorld.BROKER_KEY.privateKey().toPem());
    Files.writeString(dir.resolve("bank.pub.pem"), BankWorld.BANK_KEY.publicKey().toPem());
    try (BankWorld world = new BankWorld(6, b -> b, BrokerChild.journal(dir), false)) {
      TransferService funder = world.service(RetryPolicy.DEFAULT, "funder");
      for (Customer c : world.customers) {
        assertThat(funder.transfer(world.deposit(c, "5000.00")))
            .isInstanceOf(TransferOutcome.Succeeded.class);
      }
      funder.close();
      world.bank.setFaultPlan(
          new FaultPlan(
              5,
              List.of(
                  FaultRule.withProbability(BankOperation.ANY, FaultKind.DROP_AFTER_COMMIT, 0.15),
                  FaultRule.withProbability(BankOperation.ANY, FaultKind.CONNECTION_RESET, 0.1))));
      long[] killAfter = {10 + (System.nanoTime() % 20), 5 + (System.nanoTime() % 30)};
      for (int round = 0; round < killAfter.length; round++) {
        // Round 0: journal and ledger share one group committer (postings join journal writes);
        // round 1: the ledger in transactions of its own.
        runAndKill(world, dir, "k" + round, killAfter[round], round == 0);
      }
      world.noFaults();
      try (TransferService survivor =
          world.service(RetryPolicy.DEFAULT, "survivor", world.ledger, Duration.ofMillis(500))) {
        Await.until(
            Duration.ofSeconds(30),
            "recovery of the killed broker's transfers",
            () -> {
              survivor.recover();
              return survivor.journal().stream().allMatch(TransferRecord::ledgerDone);
            });
        assertThat(survivor.journal().size()).isGreaterThan(world.customers.size() + 10);
        assertThat(world.ledger.balance(world.customers.get(0).fund()).total())
            .isNotEqualTo(Money.ofFen(0));
        world.assertBooksAgree(survivor);
      }
    }
  }

  private static void runAndKill(
      BankWorld world, Path dir, String prefix, long after, boolean sharedStore) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                BrokerChild.class.getName(),
                world.bank.baseUri().toString(),
                dir.toString(),
                Integer.toString(world.customers.size()),
                prefix,
                Boolean.toString(sharedStore))
            .redirectErrorStream(true)
            .start();
    AtomicLong done = new AtomicLong();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (line.startsWith("done ")) {
                    done.incrementAndGet();
                  }
                }
              } catch (java.io.IOException e) {
                // the child died; its output ends here
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      Await.until(
          Duration.ofSeconds(60),
          prefix + " to finish " + after + " transfers",
          () -> done.get() >= after);
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
