package io.openbroker.banksim.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import io.openbroker.core.store.StoreLocation;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A commit that fails: the answer already signed for the decision never leaves the bank; the caller
 * is told, signed, to retry later, and so is every later caller (the books in memory are then ahead
 * of the store, and only a restart from the store is safe).
 */
class JournalFailureTest {

  @Test
  void aFailedCommitAnswersRetryLaterAndNeverTheDecision() throws Exception {
    StoreLocation store = StoreLocation.h2Memory("journal-failure-test");
    try (BankFixture f = new BankFixture(b -> b.store(store))) {
      f.designate("D1");
      assertThat(f.deposit("T1", "12.00").code()).isEqualTo("SUCCESS");
      try (Connection c = store.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE bank_event"); // the journal's next insert fails
      }

      Reply failed = f.deposit("T2", "1.00");
      Reply next = f.deposit("T3", "1.00");

      assertThat(failed.status()).isEqualTo(503);
      assertThat(failed.signatureValid()).isTrue();
      assertThat(failed.code()).isEqualTo("SERVICE_UNAVAILABLE");
      assertThat(failed.body().path("bankSerial").isMissingNode()).isTrue();
      assertThat(next.code()).isEqualTo("SERVICE_UNAVAILABLE");
    }
  }
}
