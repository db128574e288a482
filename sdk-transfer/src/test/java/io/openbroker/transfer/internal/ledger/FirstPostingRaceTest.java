package io.openbroker.transfer.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.Transactor;
import io.openbroker.transfer.JdbcFundLedger;
import io.openbroker.transfer.spi.LedgerBalance;
import io.openbroker.transfer.testing.BankWorld;
import java.sql.Connection;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Two transactions posting to a fund account that has no row yet, at once: the second waits on the
 * first's new row, finds it there after all, and books on it instead of failing (a transactor's
 * pooled connections, or two nodes, meet this on every new account's first deposits).
 */
class FirstPostingRaceTest {

  private static final FundAccount NEW_ACCOUNT = FundAccount.parse("039900000001");
  private static final Money TEN = Money.parse("10.00");

  private final DataSource db = BankWorld.h2Memory();
  private final LedgerSql sql = new LedgerSql(Clock.systemUTC());

  @Test
  void twoFirstCreditsToANewAccountBothBook() throws Exception {
    JdbcFundLedger ledger = JdbcFundLedger.open(db, Clock.systemUTC());
    try (Connection first = db.getConnection()) {
      first.setAutoCommit(false);
      sql.credit(first, credit("C1"));
      // The second credit's insert of the account row waits for the first's, still uncommitted.
      Thread[] second = new Thread[1];
      CompletableFuture<Void> booked =
          CompletableFuture.runAsync(
              () -> {
                second[0] = Thread.currentThread();
                new Transactor(db).inTransaction(c -> sql.credit(c, credit("C2")));
              });
      awaitBlocked(second);
      first.commit();
      booked.get(10, TimeUnit.SECONDS);
    }
    LedgerBalance balance = ledger.balance(NEW_ACCOUNT);
    assertThat(balance.available()).isEqualTo(TEN.plus(TEN));
    assertThat(balance.withdrawable()).isEqualTo(TEN.plus(TEN));
  }

  private static Posting credit(String serial) {
    return new Posting(BusinessSerial.parse(serial), Posting.Kind.CREDIT, NEW_ACCOUNT, TEN);
  }

  /**
   * Waits until the thread is inside its {@code INSERT} of the account row: H2 retries a key that
   * another open transaction holds until that one ends or its lock timeout passes.
   */
  private static void awaitBlocked(Thread[] thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Thread t = thread[0];
      if (t != null
          && Arrays.stream(t.getStackTrace())
              .anyMatch(f -> f.getClassName().equals("org.h2.command.dml.Insert"))) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the second credit never reached its insert");
  }
}
