package io.openbroker.core.store;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: units of SQL work from many threads run one after another on one connection owned
 * by a writer thread, and every unit that queued while the previous commit was being written goes
 * into the next transaction. A caller's {@link #inTransaction} returns only after the commit that
 * holds its unit, so durability is exactly that of one transaction per unit, at one commit per
 * batch: an embedded H2 file store (which writes a chunk per commit) or a database with costly
 * commits does many times the throughput under concurrent load.
 *
 * <p>Each unit runs inside its own savepoint: a unit that throws is rolled back alone and gets its
 * own exception, and the rest of the batch commits. A unit that meets a lock conflict (a deadlock,
 * a lock timeout or a serialization failure: another node's transaction on the same rows) makes the
 * batch before it commit at once, releasing its locks, and is retried in transactions of its own,
 * so batches of two nodes never wait for each other in a cycle. If the commit itself fails, every
 * unit of the batch gets {@code STORE_UNAVAILABLE} (or {@code STORE_CONFLICT}) and changed nothing;
 * the connection is replaced. Units see the writes of the units before them in the same batch, so
 * conditional updates and unique keys behave as if the units had run one by one.
 *
 * <p>On an embedded H2 file store a unit is answered only once its commit has been forced to the
 * device, so that it survives an operating-system crash too ({@link H2Sync}). A second thread
 * (started at the first commit there is to force: other stores have none) does the forcing, one
 * force for every batch committed before it began, while the writer runs the next batch. If a force
 * fails, its batches' units get {@code STORE_UNAVAILABLE} although their writes are in the file (an
 * outcome their callers must treat as unknown), and so does every unit after them, without running:
 * this process commits nothing more on that file until it restarts ({@link H2FileStore#refuse}).
 * The writer also compacts the file a step a second, after a commit while it is busy and when it
 * has been idle a second ({@link H2Housekeeping}).
 *
 * <p>A unit must not wait for another thread's unit (it would wait for itself); a unit that calls
 * {@link #inTransaction} again, on the writer thread, runs inline in the same transaction.
 *
 * <pre>{@code
 * try (GroupCommitter db = GroupCommitter.open(dataSource, "broker-db")) {
 *   int n = db.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM t"));
 * }
 * }</pre>
 */
public final class GroupCommitter implements Transactions, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);

  /** Bounds one transaction, so that a long queue commits in steps and none waits too long. */
  private static final int MAX_UNITS_PER_COMMIT = 256;

  /** Runs of a unit that keeps meeting lock conflicts, each in a transaction of its own. */
  private static final int CONFLICT_RETRIES = 3;

  private final DataSource dataSource;
  private final BlockingQueue<QueuedUnit<?>> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private final H2Housekeeping housekeeping;
  private final H2Sync sync;

  /** Batches committed to an H2 file, in order, waiting for the force that makes them durable. */
  private final BlockingQueue<Unforced> unforced = new LinkedBlockingQueue<>();

  /** Batches handed to the forcer and not yet answered. */
  private final AtomicInteger unanswered = new AtomicInteger();

  private final Thread forcer;
  private volatile boolean writerDone;

  /** When the writer last finished a batch (its thread only). */
  private long lastBatchNanos = System.nanoTime();

  private volatile boolean closed;
  // Touched by the writer thread only.
  private Connection connection;

  private GroupCommitter(
      DataSource dataSource, String threadName, H2Housekeeping housekeeping, H2Sync sync) {
    this.dataSource = dataSource;
    this.housekeeping = housekeeping;
    this.sync = sync;
    this.writer = new Thread(this::writeLoop, threadName);
    writer.setDaemon(true);
    this.forcer = new Thread(this::forceLoop, threadName + "-force");
    forcer.setDaemon(true);
  }

  /** A committed batch and the file whose force makes it durable. */
  private record Unforced(H2FileStore store, List<QueuedUnit<?>> units) {}

  /**
   * Starts a group committer on {@code dataSource}; it holds one of its connections until {@link
   * #close()}.
   */
  public static GroupCommitter open(DataSource dataSource, String threadName) {
    return open(dataSource, threadName, H2Housekeeping.forGroupCommitter());
  }

  static GroupCommitter open(
      DataSource dataSource, String threadName, H2Housekeeping housekeeping) {
    return open(dataSource, threadName, housekeeping, H2Sync.forEachCommit());
  }

  static GroupCommitter open(
      DataSource dataSource, String threadName, H2Housekeeping housekeeping, H2Sync sync) {
    GroupCommitter committer =
        new GroupCommitter(
            Objects.requireNonNull(dataSource, "dataSource"),
            Objects.requireNonNull(threadName, "threadName"),
            housekeeping,
            sync);
    committer.writer.start();
    return committer;
  }

  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    Objects.requireNonNull(work, "work");
    if (Thread.currentThread() == writer) {
      return inline(work);
    }
    if (closed) {
      throw closedError();
    }
    QueuedUnit<T> unit = new QueuedUnit<>(work);
    queue.add(unit);
    if (closed && queue.remove(unit)) {
      // Closed while queueing: the writer may already have drained its last batch.
      throw closedError();
    }
    return unit.await();
  }

  private <T> T inline(SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw Transactor.translate(e);
    }
  }

  private void writeLoop() {
    List<QueuedUnit<?>> batch = new ArrayList<>();
    try {
      while (true) {
        QueuedUnit<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (closed) {
            break;
          }
          if (connection != null) {
            housekeeping.idle(connection, System.nanoTime() - lastBatchNanos);
          }
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_UNITS_PER_COMMIT - 1);
        commit(batch);
        batch.clear();
        lastBatchNanos = System.nanoTime();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      List<QueuedUnit<?>> left = new ArrayList<>(batch);
      queue.drainTo(left);
      left.forEach(u -> u.fail(closedError()));
      // The forcer answers what is committed while this connection still holds the file open.
      writerDone = true;
      awaitForcer();
      discardConnection();
    }
  }

  /**
   * Forces the file behind the committed batches and then answers their units, oldest first; one
   * force answers every batch committed before it began. Meanwhile the writer runs and commits the
   * next batch: on a file whose force takes longer than a batch's statements, the writer (which
   * every caller passes through) would otherwise stand still for each force.
   */
  private void forceLoop() {
    List<Unforced> pending = new ArrayList<>();
    try {
      while (true) {
        Unforced first = unforced.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (writerDone && unforced.isEmpty()) {
            return;
          }
          continue;
        }
        pending.add(first);
        unforced.drainTo(pending);
        forceAndAnswer(pending);
        unanswered.addAndGet(-pending.size());
        pending.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      unforced.drainTo(pending);
      TransientException notForced =
          new TransientException(
              CoreErrorCode.STORE_UNAVAILABLE, "the store closed before the commit was forced");
      pending.forEach(p -> p.units().forEach(u -> u.fail(notForced)));
      unanswered.addAndGet(-pending.size());
    }
  }

  private void forceAndAnswer(List<Unforced> pending) {
    try {
      // Usually one file; another only if the connection was replaced and H2 reopened it.
      for (H2FileStore store :
          new LinkedHashSet<>(pending.stream().map(Unforced::store).toList())) {
        sync.force(store);
      }
      pending.forEach(p -> p.units().forEach(QueuedUnit::finish));
    } catch (SQLException e) {
      int units = pending.stream().mapToInt(p -> p.units().size()).sum();
      LOG.error("{} committed units were not forced to disk; they are reported failed", units, e);
      TransientException failure = Transactor.translate(e);
      pending.forEach(p -> p.units().forEach(u -> u.fail(failure)));
    }
  }

  /** Waits until the forcer has answered every batch handed to it so far. */
  private void awaitForced() {
    while (unanswered.get() > 0 && forcer.isAlive()) {
      LockSupport.parkNanos(100_000);
    }
  }

  private void awaitForcer() {
    boolean interrupted = false;
    while (forcer.isAlive()) {
      try {
        forcer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs every unit of {@code batch} in one transaction and commits it once; after a lock conflict,
   * runs them one transaction each instead.
   */
  private void commit(List<QueuedUnit<?>> batch) {
    try {
      Connection c = connection();
      H2FileStore store = sync.storeOf(c);
      if (runTogether(c, batch)) {
        c.commit();
        if (store == null) {
          batch.forEach(QueuedUnit::finish);
        } else {
          if (forcer.getState() == Thread.State.NEW) {
            forcer.start(); // at the first commit to force: other stores need no forcing thread
          }
          unanswered.incrementAndGet();
          unforced.add(new Unforced(store, List.copyOf(batch)));
        }
        housekeeping.afterCommit(c);
        return;
      }
      // Another transaction holds rows this batch needs, perhaps waiting for rows the batch
      // holds (two nodes on one database; the database may have rolled the batch back): run each
      // unit in a transaction of its own, holding no lock from one unit to the next.
      LOG.info("lock conflict in a batch of {} units; running them one by one", batch.size());
      c.rollback();
      for (QueuedUnit<?> unit : batch) {
        runAlone(c, unit);
      }
    } catch (SQLException | RuntimeException e) {
      if (e instanceof SQLException s && H2Sync.REFUSED_STATE.equals(s.getSQLState())) {
        // Logged once, when the force failed; nothing ran, and the connection is not at fault.
        TransientException refused = Transactor.translate(s);
        batch.forEach(u -> u.fail(refused));
        return;
      }
      if (e instanceof SQLException s && H2Sync.NOT_FORCED_STATE.equals(s.getSQLState())) {
        LOG.error(
            "a commit of {} units was written but not forced to disk; they are reported failed",
            batch.size(),
            e);
      } else {
        LOG.warn("group commit of {} units failed; none of them changed anything", batch.size(), e);
      }
      // Closing the connection may close the file (its last connection): force what is committed.
      awaitForced();
      discardConnection();
      TransientException failure =
          e instanceof SQLException s
              ? Transactor.translate(s)
              : new TransientException(CoreErrorCode.STORE_UNAVAILABLE, "commit failed", e);
      // Units already committed alone, and answered, ignore this.
      batch.forEach(u -> u.fail(failure));
    }
  }

  /** Runs the units in savepoints of one transaction; false at the first lock conflict. */
  private static boolean runTogether(Connection c, List<QueuedUnit<?>> batch) throws SQLException {
    for (QueuedUnit<?> unit : batch) {
      // One name for every unit's savepoint: the statement is parsed once (H2 caches it), and a
      // new savepoint of the same name replaces the last one, which is no longer needed.
      Savepoint before = c.setSavepoint("group_unit");
      if (unit.run(c)) {
        continue;
      }
      if (unit.lockConflict()) {
        return false;
      }
      c.rollback(before);
    }
    return true;
  }

  /** Runs one unit in a transaction of its own, again after a lock conflict, a few times. */
  private void runAlone(Connection c, QueuedUnit<?> unit) throws SQLException {
    for (int attempt = 1; attempt <= CONFLICT_RETRIES; attempt++) {
      if (unit.run(c)) {
        c.commit();
        sync.afterCommit(c);
        break;
      }
      c.rollback();
      if (!unit.lockConflict()) {
        break;
      }
    }
    unit.finish();
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      Connection opened = dataSource.getConnection();
      opened.setAutoCommit(false);
      connection = opened;
    }
    return connection;
  }

  /** Rolls back and closes the connection (after a failure, or at the end). */
  private void discardConnection() {
    if (connection == null) {
      return;
    }
    try (Connection c = connection) {
      connection = null;
      c.rollback();
    } catch (SQLException e) {
      LOG.debug("closing the group-commit connection failed", e);
    }
  }

  /** Units waiting for the writer (for tests that need a batch to form). */
  int queuedUnits() {
    return queue.size();
  }

  private static TransientException closedError() {
    return new TransientException(CoreErrorCode.STORE_UNAVAILABLE, "the store is closed");
  }

  /**
   * Stops taking work, commits what is queued, and releases the connection. Waits up to 30 s for
   * the writer.
   */
  @Override
  public void close() {
    closed = true;
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
