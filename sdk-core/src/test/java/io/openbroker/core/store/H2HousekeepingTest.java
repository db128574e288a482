package io.openbroker.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
  private static final int ACCOUNTS = 16;
  private static final long OPENING_FEN = 1_000_000;
  private static final int PAUSE_EVERY = 100;

  @TempDir Path dir;

  @Test
  void aTransactorsStoreStaysAFractionOfTheSizeItReachesUncompacted() throws Exception {
    long plain = journal("plain", false, new H2Housekeeping(0, 0));
    long kept = journal("kept", false, new H2Housekeeping(100, 0));

    assertThat(kept).as("%d bytes kept against %d plain", kept, plain).isLessThan(plain / 3);
    assertIntact("kept");
  }

  @Test
  void aGroupCommitterCompactsWhenItsWriterIsIdle() throws Exception {
    long plain = journal("gplain", true, new H2Housekeeping(0, 0));
    // Never by count: every step here is taken by the idle writer, in the workload's pauses.
    long kept = journal("gkept", true, new H2Housekeeping(Integer.MAX_VALUE, 0));

    assertThat(kept).as("%d bytes kept against %d plain", kept, plain).isLessThan(plain / 3);
    assertIntact("gkept");
  }

  @Test
  void turnsItselfOffForAStoreWithoutAFile() {
    H2Housekeeping housekeeping = new H2Housekeeping(1, 0);
    Transactor tx =
        new Transactor(StoreLocation.h2Memory("housekeeping-memory").dataSource(), housekeeping);

    tx.inTransaction(c -> update(c, "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY)"));

    assertThat(housekeeping.isOff()).isTrue();
  }

  @Test
  void staysOnForAFileStore() throws Exception {
    H2Housekeeping housekeeping = new H2Housekeeping(1, 0);
    DataSource ds = dataSource("on");
    try (Connection keepOpen = ds.getConnection()) {
      Transactor tx = new Transactor(ds, housekeeping);

      tx.inTransaction(c -> update(c, "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY)"));
      tx.inTransaction(c -> update(c, "INSERT INTO t (id) VALUES (1)"));

      assertThat(housekeeping.isOff()).isFalse();
    }
  }

  /** Writes the journal through a transactor or a group committer; the file's size at the end. */
  private long journal(String name, boolean grouped, H2Housekeeping housekeeping) throws Exception {
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
        tx = new Transactor(ds, housekeeping);
      }
      try {
        tx.inTransaction(H2HousekeepingTest::createTables);
        for (int i = 0; i < TRANSFERS; i++) {
          String serial = String.format("T%012d", i);
          int account = i % ACCOUNTS;
          tx.inTransaction(c -> journaled(c, serial, account));
          tx.inTransaction(c -> settled(c, serial));
          if (grouped && i % PAUSE_EVERY == PAUSE_EVERY - 1) {
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
      assertThat(query(c, "SELECT COUNT(*) FROM journal WHERE state = 'SETTLED'"))
          .isEqualTo(TRANSFERS);
      assertThat(query(c, "SELECT COUNT(*) FROM event")).isEqualTo(2L * TRANSFERS);
      assertThat(query(c, "SELECT SUM(balance) FROM account"))
          .isEqualTo(ACCOUNTS * OPENING_FEN - 100L * TRANSFERS);
    }
  }

  private DataSource dataSource(String name) {
    return new DriverManagerDataSource(
        StoreLocation.h2File(dir, name).url() + ";RETENTION_TIME=0", "sa", "");
  }

  private static Void createTables(Connection c) throws SQLException {
    update(
        c,
        "CREATE TABLE journal (serial VARCHAR(32) PRIMARY KEY, state VARCHAR(12),"
            + " message VARCHAR(200), updated_at BIGINT)");
    update(
        c,
        "CREATE TABLE event (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
            + " serial VARCHAR(32), detail VARCHAR(200))");
    update(c, "CREATE TABLE account (id INT PRIMARY KEY, balance BIGINT)");
    for (int a = 0; a < ACCOUNTS; a++) {
      update(c, "INSERT INTO account (id, balance) VALUES (" + a + ", " + OPENING_FEN + ")");
    }
    return null;
  }

  private static Void journaled(Connection c, String serial, int account) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO journal VALUES (?, 'SENT', 'sent to the bank', ?)")) {
      s.setString(1, serial);
      s.setLong(2, 1);
      s.executeUpdate();
    }
    event(c, serial, "journaled; frozen; send #1");
    try (PreparedStatement s =
        c.prepareStatement("UPDATE account SET balance = balance - 100 WHERE id = ?")) {
      s.setInt(1, account);
      s.executeUpdate();
    }
    return null;
  }

  private static Void settled(Connection c, String serial) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE journal SET state = 'SETTLED', message = 'the bank answered: done',"
                + " updated_at = 2 WHERE serial = ?")) {
      s.setString(1, serial);
      s.executeUpdate();
    }
    event(c, serial, "the bank answered 0000; settled");
    return null;
  }

  private static void event(Connection c, String serial, String detail) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO event (serial, detail) VALUES (?, ?)")) {
      s.setString(1, serial);
      s.setString(2, detail);
      s.executeUpdate();
    }
  }

  private static int update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  private static long query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
