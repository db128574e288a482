package io.openbroker.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commits on an embedded H2 file are forced to the device before they are answered. */
class H2SyncTest {

  @TempDir Path dir;

  private final ExecutorService callers = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    callers.shutdownNow();
  }

  private DataSource fileStore(String name) {
    DataSource ds = StoreLocation.h2File(dir, name).dataSource();
    new Transactor(ds).inTransaction(c -> c.createStatement().execute("CREATE TABLE t (id INT)"));
    return ds;
  }

  @Test
  void aTransactorForcesTheFileAfterEveryCommitBeforeItReturns() throws SQLException {
    H2Sync sync = H2Sync.forEachCommit();
    Transactor tx = new Transactor(fileStore("tx"), H2Housekeeping.forTransactor(), sync);
    for (int i = 1; i <= 5; i++) {
      int id = i;
      tx.inTransaction(c -> insert(c, id));
      assertThat(sync.forces()).isEqualTo(i);
    }
    assertThat(sync.isOff()).isFalse();
  }

  @Test
  void aGroupCommitterForcesOncePerBatchBeforeAnsweringItsUnits() throws Exception {
    H2Sync sync = H2Sync.forEachCommit();
    DataSource ds = fileStore("group");
    try (GroupCommitter db =
        GroupCommitter.open(ds, "sync-group", H2Housekeeping.forGroupCommitter(), sync)) {
      // One at a time: each unit is a batch of its own, answered after its force.
      for (int i = 1; i <= 3; i++) {
        int id = i;
        db.inTransaction(c -> insert(c, id));
        assertThat(sync.forces()).isEqualTo(i);
      }
      ManyCallers.insertEach(db, callers, 100, 300, H2SyncTest::insert);
      // Every batch was forced, and batches held more than one unit: fewer forces than units.
      assertThat(sync.forces()).isBetween(4L, 203L);
    }
    assertThat(count(ds)).isEqualTo(203);
  }

  @Test
  void theWriterCommitsTheNextBatchWhileAForceIsUnderWay() throws Exception {
    DataSource ds = fileStore("pipelined");
    CountDownLatch forcing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    H2Sync slow = heldUntil(forcing, release);
    try (GroupCommitter db =
        GroupCommitter.open(ds, "sync-pipelined", H2Housekeeping.forGroupCommitter(), slow)) {
      CompletableFuture<Integer> first =
          CompletableFuture.supplyAsync(() -> db.inTransaction(c -> insert(c, 1)), callers);
      assertThat(forcing.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Integer> second =
          CompletableFuture.supplyAsync(() -> db.inTransaction(c -> insert(c, 2)), callers);
      // The second unit is committed (visible) while the first batch's force is held up, and
      // neither caller is answered before a force.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (count(ds) < 2 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(count(ds)).isEqualTo(2);
      assertThat(first).isNotDone();
      assertThat(second).isNotDone();
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }
  }

  @Test
  void aFailedCommitClosesTheConnectionOnlyAfterTheEarlierBatchesAreForced() throws Exception {
    DataSource real = fileStore("failed-commit");
    AtomicBoolean failNextCommit = new AtomicBoolean();
    DataSource flaky = FailingCommits.of(real, failNextCommit);
    CountDownLatch forcing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    H2Sync slow = heldUntil(forcing, release);
    try (GroupCommitter db =
        GroupCommitter.open(
            flaky, "sync-failed-commit", H2Housekeeping.forGroupCommitter(), slow)) {
      CompletableFuture<Integer> first =
          CompletableFuture.supplyAsync(() -> db.inTransaction(c -> insert(c, 1)), callers);
      assertThat(forcing.await(10, TimeUnit.SECONDS)).isTrue();
      failNextCommit.set(true);
      CompletableFuture<Integer> second =
          CompletableFuture.supplyAsync(() -> db.inTransaction(c -> insert(c, 2)), callers);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (failNextCommit.get() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      // The second batch's commit has failed; its connection (the file's only one: closing it
      // would close the file) is kept until the first batch is forced.
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(TransientException.class);
    }
    assertThat(count(real)).isEqualTo(1);
  }

  @Test
  void nothingIsForcedForAnInMemoryStore() {
    H2Sync sync = H2Sync.forEachCommit();
    Transactor tx =
        new Transactor(
            StoreLocation.h2Memory("sync-memory").dataSource(),
            H2Housekeeping.forTransactor(),
            sync);
    tx.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE m (id INT)"));
    assertThat(sync.forces()).isZero();
    assertThat(sync.isOff()).isTrue();
  }

  @Test
  void onlyAGroupCommitterWithAFileToForceStartsAForcingThread() {
    try (GroupCommitter memory =
        GroupCommitter.open(
            StoreLocation.h2Memory("sync-threads").dataSource(),
            "sync-memory",
            H2Housekeeping.forGroupCommitter(),
            H2Sync.forEachCommit())) {
      memory.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE m (id INT)"));
      assertThat(liveThread("sync-memory-force")).isFalse();
    }
    try (GroupCommitter file =
        GroupCommitter.open(
            fileStore("threads"),
            "sync-file",
            H2Housekeeping.forGroupCommitter(),
            H2Sync.forEachCommit())) {
      assertThat(liveThread("sync-file-force")).isFalse();
      file.inTransaction(c -> insert(c, 1));
      assertThat(liveThread("sync-file-force")).isTrue();
    }
  }

  private static boolean liveThread(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals(name) && t.isAlive());
  }

  @Test
  void aCommitThatCannotBeForcedIsNotReportedDurable() throws Exception {
    DataSource ds = fileStore("failing");
    Transactor tx = new Transactor(ds, H2Housekeeping.forTransactor(), failing());
    assertUnavailable(() -> tx.inTransaction(c -> insert(c, 1)));
    // The write is in the file all the same: a caller must treat such an answer as unknown.
    assertThat(count(ds)).isEqualTo(1);
  }

  @Test
  void afterAFailedForceNothingMoreIsCommittedOnThatFile() throws Exception {
    DataSource ds = fileStore("refused");
    Transactor failed = new Transactor(ds, H2Housekeeping.forTransactor(), failing());
    assertUnavailable(() -> failed.inTransaction(c -> insert(c, 1)));
    // A later force could succeed without the pages the failed one lost: whatever forces it,
    // every later commit on the file is refused before its work runs.
    AtomicBoolean ran = new AtomicBoolean();
    H2Sync working = H2Sync.forEachCommit();
    Transactor tx = new Transactor(ds, H2Housekeeping.forTransactor(), working);
    assertUnavailable(() -> tx.inTransaction(c -> ran.getAndSet(true)));
    try (GroupCommitter db =
        GroupCommitter.open(ds, "sync-refused", H2Housekeeping.forGroupCommitter(), working)) {
      for (int i = 0; i < 3; i++) {
        assertUnavailable(() -> db.inTransaction(c -> ran.getAndSet(true)));
      }
    }
    assertThat(ran).isFalse();
    assertThat(working.forces()).isZero();
    assertThat(count(ds)).isEqualTo(1);
    // Another file is not affected.
    Transactor other = new Transactor(fileStore("unaffected"));
    int inserted = other.inTransaction(c -> insert(c, 2));
    assertThat(inserted).isEqualTo(1);
  }

  @Test
  void aGroupCommitterAnswersNothingDurableAfterItsForceFails() throws Exception {
    DataSource ds = fileStore("group-refused");
    AtomicInteger forces = new AtomicInteger();
    // The second force fails; the third would succeed.
    H2Sync onceFailing =
        new H2Sync(
            store -> {
              if (forces.incrementAndGet() == 2) {
                throw new InvocationTargetException(new IOException("write-back error"));
              }
              store.sync();
            },
            false);
    AtomicBoolean ran = new AtomicBoolean();
    try (GroupCommitter db =
        GroupCommitter.open(
            ds, "sync-group-refused", H2Housekeeping.forGroupCommitter(), onceFailing)) {
      int inserted = db.inTransaction(c -> insert(c, 1));
      assertThat(inserted).isEqualTo(1);
      assertUnavailable(() -> db.inTransaction(c -> insert(c, 2)));
      assertUnavailable(() -> db.inTransaction(c -> ran.getAndSet(true)));
    }
    assertThat(ran).isFalse();
    assertThat(forces).hasValue(2);
    assertThat(count(ds)).isEqualTo(2);
  }

  @Test
  void aKeptConnectionCommitsDurablyAndNotOnARefusedFile() throws Exception {
    DataSource ds = fileStore("kept");
    H2Sync sync = H2Sync.forEachCommit();
    try (Connection kept = ds.getConnection()) {
      kept.setAutoCommit(false);
      insert(kept, 1);
      Transactor.commitDurably(kept, sync);
      assertThat(sync.forces()).isEqualTo(1);
      Transactor failed = new Transactor(ds, H2Housekeeping.forTransactor(), failing());
      assertUnavailable(() -> failed.inTransaction(c -> insert(c, 2)));
      insert(kept, 3);
      assertUnavailable(() -> Transactor.commitDurably(kept, sync));
      kept.rollback();
    }
    assertThat(sync.forces()).isEqualTo(1);
    assertThat(count(ds)).isEqualTo(2);
  }

  private static void assertUnavailable(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            TransientException.class,
            e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORE_UNAVAILABLE));
  }

  /** Forces for real, but only once {@code release} opens; {@code forcing} opens as it starts. */
  private static H2Sync heldUntil(CountDownLatch forcing, CountDownLatch release) {
    return new H2Sync(
        store -> {
          forcing.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          store.sync();
        },
        false);
  }

  private static H2Sync failing() {
    return new H2Sync(
        store -> {
          throw new InvocationTargetException(new IOException("device gone"));
        },
        false);
  }

  private static int insert(Connection c, int id) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate("INSERT INTO t (id) VALUES (" + id + ")");
    }
  }

  private static int count(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
