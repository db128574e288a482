package io.openbroker.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded H2 file store written a commit at a time the way a journal is (a row inserted, later
 * updated, an event appended, a balance moved) grows by whole chunks unless it is compacted; with
 * housekeeping its file stays a fraction of that, and the data are intact on reopening.
 */
class H2HousekeepingTest {

  private static final int TRANSFERS = 1500;
  private static final int PAUSE_EVERY = 100;

  @TempDir Path dir;

  @Test
  void aTransactorsStoreStaysAFractionOfTheSizeItReachesUncompacted() throws Exception {
    long plain = journal("plain", false, false, new H2Housekeeping(0, 0));
    long kept = journal("kept", false, false, new H2Housekeeping(100, 0));

    assertThat(kept).as("%d bytes kept against %d plain", kept, plain).isLessThan(plain / 3);
    assertIntact("kept");
  }

  @Test
  void aGroupCommitterCompactsWhenItsWriterIsIdle() throws Exception {
    long plain = journal("gplain", true, true, new H2Housekeeping(0, 0));
    // Never by count: every step here is taken by the idle writer, in the workload's pauses.
    long kept = journal("gkept", true, true, new H2Housekeeping(Integer.MAX_VALUE, 0));

    assertThat(kept).as("%d bytes kept against %d plain", kept, plain).isLessThan(plain / 3);
    assertIntact("gkept");
  }

  @Test
  void aGroupCommitterAlsoCompactsUnderUnbrokenLoad() throws Exception {
    long plain = journal("uplain", true, false, new H2Housekeeping(0, 0));
    // Never by count, never idle: every step here is taken on time, between commits.
    H2Housekeeping onTime =
        new H2Housekeeping(Integer.MAX_VALUE, Long.MAX_VALUE, TimeUnit.MILLISECONDS.toNanos(20));
    long kept = journal("ukept", true, false, onTime);

    assertThat(onTime.rewrites()).isPositive();
    assertThat(kept).as("%d bytes kept against %d plain", kept, plain).isLessThan(plain / 3);
    assertIntact("ukept");
  }

  @Test
  void turnsItselfOffForAStoreWithoutAFile() {
    H2Housekeeping housekeeping = new H2Housekeeping(1, 0);
    Transactor tx =
        new Transactor(
            StoreLocation.h2Memory("housekeeping-memory").dataSource(),
            housekeeping,
            H2Sync.forEachCommit());

    tx.inTransaction(c -> update(c, "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY)"));

    assertThat(housekeeping.isOff()).isTrue();
  }

  @Test
  void staysOnForAFileStore() throws Exception {
    H2Housekeeping housekeeping = new H2Housekeeping(1, 0);
    DataSource ds = dataSource("on");
    try (Connection keepOpen = ds.getConnection()) {
      Transactor tx = new Transactor(ds, housekeeping, H2Sync.forEachCommit());

      tx.inTransaction(c -> update(c, "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY)"));
      tx.inTransaction(c -> update(c, "INSERT INTO t (id) VALUES (1)"));

      assertThat(housekeeping.isOff()).isFalse();
    }
  }

  /**
   * Writes the journal through a transactor or a group committer (with {@code pauses}: letting its
   * writer go idle every so often); the file's size at the end.
   */
  private long journal(String name, boolean grouped, boolean pauses, H2Housekeeping housekeeping)
      throws Exception {
    DataSource ds = dataSource(name);
    // One connection held open for the run: H2 closes a database with its last connection, and
    // compacts it then.
    try (Connection keepOpen = ds.getConnection()) {
      Transactions tx;
      GroupCommitter group = null;
      if (grouped) {
        group = GroupCommitter.open(ds, "housekeeping-test", housekeeping);
        tx = group;
      } else {
        tx = new Transactor(ds, housekeeping, H2Sync.forEachCommit());
      }
      try {
        tx.inTransaction(JournalShapedWork::createTables);
        for (int i = 0; i < TRANSFERS; i++) {
          String serial = String.format("T%012d", i);
          int account = i % JournalShapedWork.ACCOUNTS;
          tx.inTransaction(c -> JournalShapedWork.sent(c, serial, account));
          tx.inTransaction(c -> JournalShapedWork.settled(c, serial));
          if (pauses && i % PAUSE_EVERY == PAUSE_EVERY - 1) {
            awaitIdleStep(housekeeping);
          }
        }
        return Files.size(dir.resolve(name + ".mv.db"));
      } finally {
        if (group != null) {
          group.close();
        }
      }
    }
  }

  /** Lets the group committer's writer go idle until it takes a step (unless it is off). */
  private static void awaitIdleStep(H2Housekeeping housekeeping) throws InterruptedException {
    long before = housekeeping.steps();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!housekeeping.isOff()
        && housekeeping.steps() == before
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private void assertIntact(String name) throws SQLException {
    try (Connection c = dataSource(name).getConnection()) {
      assertThat(JournalShapedWork.settledSerials(c)).hasSize(TRANSFERS);
      assertThat(JournalShapedWork.count(c, "SELECT COUNT(*) FROM event"))
          .isEqualTo(2L * TRANSFERS);
      assertThat(JournalShapedWork.count(c, "SELECT SUM(balance) FROM account"))
          .isEqualTo(
              JournalShapedWork.ACCOUNTS * JournalShapedWork.OPENING_FEN
                  - JournalShapedWork.AMOUNT_FEN * TRANSFERS);
    }
  }

  private DataSource dataSource(String name) {
    return new DriverManagerDataSource(
        StoreLocation.h2File(dir, name).url() + ";RETENTION_TIME=0", "sa", "");
  }

  private static int update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }
}
