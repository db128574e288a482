package io.openbroker.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitterTest {

  private final ExecutorService callers = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  private static DataSource store(String name) {
    DataSource ds = StoreLocation.h2Memory(name).dataSource();
    new SchemaMigrator(new Transactor(ds), "storetest", GroupCommitterTest.class)
        .migrate(List.of("/db/storetest/V1__create.sql"));
    return ds;
  }

  @Test
  void everyUnitFromManyThreadsIsCommittedAndReturnsItsOwnResult() throws Exception {
    DataSource ds = store("group-many");
    try (GroupCommitter db = GroupCommitter.open(ds, "group-many")) {
      ManyCallers.insertEach(db, callers, 100, 300, GroupCommitterTest::insert);
    }
    assertThat(count(ds)).isEqualTo(201);
  }

  @Test
  void aFailingUnitIsRolledBackAloneAndTheRestOfItsBatchCommits() throws Exception {
    DataSource ds = store("group-fail");
    try (GroupCommitter db = GroupCommitter.open(ds, "group-fail")) {
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Integer> blocker = blockWriter(db, release);
      CompletableFuture<Integer> a = submit(db, c -> insert(c, 10));
      CompletableFuture<Integer> b =
          submit(
              db,
              c -> {
                insert(c, 11);
                throw new IllegalStateException("unit b fails after its insert");
              });
      CompletableFuture<Integer> dup = submit(db, c -> insert(c, 1));
      CompletableFuture<Integer> d = submit(db, c -> insert(c, 12));
      awaitTrue(() -> db.queuedUnits() == 4);
      release.countDown();

      assertThat(blocker.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(d.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(causeOf(b)).isInstanceOf(IllegalStateException.class);
      assertThat(causeOf(dup))
          .isInstanceOfSatisfying(
              TransientException.class,
              e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORE_CONFLICT));
    }
    assertThat(ids(ds)).containsExactly(1L, 9L, 10L, 12L);
  }

  @Test
  void unitsOfOneBatchSeeTheWritesOfTheUnitsBeforeThem() throws Exception {
    DataSource ds = store("group-see");
    try (GroupCommitter db = GroupCommitter.open(ds, "group-see")) {
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Integer> blocker = blockWriter(db, release);
      CompletableFuture<Integer> first = submit(db, c -> insert(c, 20));
      awaitTrue(() -> db.queuedUnits() == 1);
      CompletableFuture<Integer> second =
          submit(db, c -> update(c, "UPDATE item SET name = 'seen' WHERE id = 20"));
      awaitTrue(() -> db.queuedUnits() == 2);
      release.countDown();

      assertThat(blocker.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM item WHERE id = 20")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("seen");
    }
  }

  @Test
  void aFailedCommitFailsEveryUnitOfTheBatchAndTheNextBatchUsesAFreshConnection() throws Exception {
    DataSource real = store("group-commit-fails");
    AtomicBoolean failNextCommit = new AtomicBoolean(false);
    DataSource flaky = FailingCommits.of(real, failNextCommit);
    try (GroupCommitter db = GroupCommitter.open(flaky, "group-commit-fails")) {
      failNextCommit.set(true);
      assertThatThrownBy(() -> db.inTransaction(c -> insert(c, 30)))
          .isInstanceOfSatisfying(
              TransientException.class,
              e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORE_UNAVAILABLE));
      assertThat(db.<Integer>inTransaction(c -> insert(c, 31))).isEqualTo(1);
    }
    assertThat(ids(real)).containsExactly(1L, 31L);
  }

  @Test
  void aUnitThatCallsAgainRunsInlineInTheSameTransaction() {
    DataSource ds = store("group-inline");
    try (GroupCommitter db = GroupCommitter.open(ds, "group-inline")) {
      int n = db.inTransaction(c -> insert(c, 40) + db.inTransaction(c2 -> insert(c2, 41)));
      assertThat(n).isEqualTo(2);
    }
    assertThat(ids(ds)).containsExactly(1L, 40L, 41L);
  }

  @Test
  void closeCommitsWhatIsQueuedAndThenRefusesWork() throws Exception {
    DataSource ds = store("group-close");
    GroupCommitter db = GroupCommitter.open(ds, "group-close");
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Integer> blocker = blockWriter(db, release);
    CompletableFuture<Integer> queued = submit(db, c -> insert(c, 50));
    awaitTrue(() -> db.queuedUnits() == 1);
    CompletableFuture<Void> closing = CompletableFuture.runAsync(db::close, callers);
    release.countDown();
    closing.get(30, TimeUnit.SECONDS);

    assertThat(blocker.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(queued.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    assertThatThrownBy(() -> db.inTransaction(c -> insert(c, 51)))
        .isInstanceOfSatisfying(
            TransientException.class,
            e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORE_UNAVAILABLE));
    assertThat(ids(ds)).containsExactly(1L, 9L, 50L);
  }

  @Test
  void batchesOfTwoCommittersThatWouldWaitForEachOtherBothFinish() throws Exception {
    DataSource ds =
        new DriverManagerDataSource(
            "jdbc:h2:mem:group-deadlock;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=2000", "sa", "");
    new SchemaMigrator(new Transactor(ds), "storetest", GroupCommitterTest.class)
        .migrate(List.of("/db/storetest/V1__create.sql"));
    new Transactor(ds).inTransaction(c -> insert(c, 2));
    try (GroupCommitter a = GroupCommitter.open(ds, "group-a");
        GroupCommitter b = GroupCommitter.open(ds, "group-b")) {
      CountDownLatch releaseA = new CountDownLatch(1);
      CountDownLatch releaseB = new CountDownLatch(1);
      CompletableFuture<Integer> a0 = blockWriter(a, releaseA);
      CompletableFuture<Integer> b0 = blockWriter(b, releaseB, 8);
      // Each batch first locks one row, waits until the other batch holds the other row, then
      // wants the other batch's row: a cycle that only committing early can break.
      CountDownLatch aHolds = new CountDownLatch(1);
      CountDownLatch bHolds = new CountDownLatch(1);
      CompletableFuture<Integer> a1 = submit(a, c -> lockThenWait(c, 1, aHolds, bHolds));
      awaitTrue(() -> a.queuedUnits() == 1);
      CompletableFuture<Integer> a2 = submit(a, c -> rename(c, 2, "a"));
      CompletableFuture<Integer> b1 = submit(b, c -> lockThenWait(c, 2, bHolds, aHolds));
      awaitTrue(() -> b.queuedUnits() == 1);
      CompletableFuture<Integer> b2 = submit(b, c -> rename(c, 1, "b"));
      awaitTrue(() -> a.queuedUnits() == 2 && b.queuedUnits() == 2);
      releaseA.countDown();
      releaseB.countDown();

      for (CompletableFuture<Integer> f : List.of(a0, b0, a1, a2, b1, b2)) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(1);
      }
    }
    assertThat(ids(ds)).containsExactly(1L, 2L, 8L, 9L);
  }

  private static int lockThenWait(Connection c, long id, CountDownLatch mine, CountDownLatch theirs)
      throws SQLException {
    int n = rename(c, id, "locked");
    mine.countDown();
    awaitLatch(theirs);
    return n;
  }

  private static int rename(Connection c, long id, String name) throws SQLException {
    return update(c, "UPDATE item SET name = '" + name + "' WHERE id = " + id);
  }

  /** Occupies the writer (inserting id 9) until {@code release}, so that a batch can queue. */
  private CompletableFuture<Integer> blockWriter(GroupCommitter db, CountDownLatch release)
      throws Exception {
    return blockWriter(db, release, 9);
  }

  private CompletableFuture<Integer> blockWriter(GroupCommitter db, CountDownLatch release, long id)
      throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CompletableFuture<Integer> blocker =
        submit(
            db,
            c -> {
              running.countDown();
              awaitLatch(release);
              return insert(c, id);
            });
    assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
    return blocker;
  }

  private CompletableFuture<Integer> submit(GroupCommitter db, SqlWork<Integer> work) {
    return CompletableFuture.supplyAsync(() -> db.inTransaction(work), callers);
  }

  private static Throwable causeOf(CompletableFuture<?> f) throws InterruptedException {
    try {
      f.get(30, TimeUnit.SECONDS);
      throw new AssertionError("expected the unit to fail");
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("unit did not finish", e);
    }
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitTrue(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("condition not reached in 30 s");
      }
      Thread.onSpinWait();
    }
  }

  private static int insert(Connection c, long id) throws SQLException {
    return update(c, "INSERT INTO item (id, name) VALUES (" + id + ", 'n" + id + "')");
  }

  private static int update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  private static long count(DataSource ds) throws SQLException {
    return ids(ds).size();
  }

  private static List<Long> ids(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM item ORDER BY id")) {
      List<Long> ids = new ArrayList<>();
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
