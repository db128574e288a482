package io.openbroker.banksim.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.core.store.StoreLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/** The bank with its journal on a real PostgreSQL: commits, crash and restart, resend. */
class PostgresJournalTest {

  @Test
  void theBankKeepsItsBooksOnPostgresAcrossACrash() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
      StoreLocation store =
          new StoreLocation.Jdbc(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
      try (BankFixture f = new BankFixture(b -> b.store(store))) {
        f.designate("D1");
        String first = f.deposit("T1", "12.00").raw();

        f.bank.crashAndRestart();

        assertThat(f.deposit("T1", "12.00").raw()).isEqualTo(first);
        assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND))
            .isEqualTo(1200);
        assertThat(f.bank.checkBooks().balanced()).isTrue();
      }
    }
  }
}
