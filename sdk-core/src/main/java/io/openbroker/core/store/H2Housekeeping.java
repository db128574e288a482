package io.openbroker.core.store;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts an embedded H2 file store as it is written, so that its file holds the data and not
 * mostly dead chunks.
 *
 * <p>With {@code WRITE_DELAY=0} ({@link StoreLocation.H2File}: each commit is in the file before it
 * returns) H2 runs no background writer, and its background writer is what compacts. A chunk's
 * space is reused only once none of its pages is live, and a journal leaves a page or two of almost
 * every chunk live for good (the leaf a commit filled, its older rows never rewritten). So the file
 * grew by whole chunks: ~40 KB per transfer at one transfer per commit, about ten times the data,
 * and was never given back (docs/PERFORMANCE.md, session 7).
 *
 * <p>A step rewrites the live pages of the sparsest chunks (H2's own {@code MVStore.compact}, as
 * its background writer would, of chunks under {@value #TARGET_FILL_PERCENT}% live, at most {@value
 * #WRITE_BUDGET_BYTES} bytes), commits them and forces the file; the emptied chunks' space is
 * reused once H2's retention time (45 s) has passed. A step runs on the committing thread, after
 * its commit, one at a time per store object. A {@link GroupCommitter}'s writer steps once a second
 * while it commits, and when it has been idle a second (not sooner: after only 100 ms idle, a pause
 * of the load, such as a slow bank answer, could start a step that the returning callers then
 * queued behind). Stepping only when idle let the file grow for as long as the load did not pause:
 * ~0.5 MB/s at a steady ~90 transfers/s, without end; with a step a second, once H2's retention
 * time has passed, it grows about as fast as the data itself (~60 KB/s; session 9). A {@link
 * Transactor}, which has no idle moment to use, steps every {@value #TRANSACTOR_COMMITS_PER_STEP}
 * commits.
 *
 * <p>H2's store is reached by reflection ({@link H2FileStore}). Any other database, an in-memory or
 * remote H2, or an H2 whose classes differ turns housekeeping off for this store object, logged
 * once.
 */
final class H2Housekeeping {

  static final int TRANSACTOR_COMMITS_PER_STEP = 500;
  static final int TARGET_FILL_PERCENT = 50;
  static final int WRITE_BUDGET_BYTES = 1024 * 1024;
  private static final long STEP_INTERVAL_NANOS = 1_000_000_000L;

  private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

  private final int commitsPerStep;
  private final long idleIntervalNanos;
  private final long busyIntervalNanos;
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong steps = new AtomicLong();
  private final AtomicLong rewrites = new AtomicLong();
  private final ReentrantLock stepping = new ReentrantLock();
  private volatile long commitsAtLastStep;
  private volatile long lastStepNanos = System.nanoTime();
  private volatile boolean off;

  /**
   * @param commitsPerStep a step every so many commits; 0 turns housekeeping off (for tests)
   * @param idleIntervalNanos how long a writer must have been idle before an idle step, and the
   *     least time between two
   * @param busyIntervalNanos a step after a commit once the last step is this old; 0 for none
   */
  H2Housekeeping(int commitsPerStep, long idleIntervalNanos, long busyIntervalNanos) {
    this.commitsPerStep = commitsPerStep;
    this.idleIntervalNanos = idleIntervalNanos;
    this.busyIntervalNanos = busyIntervalNanos;
    this.off = commitsPerStep <= 0;
  }

  /** Steps by count and when idle only (for tests). */
  H2Housekeeping(int commitsPerStep, long idleIntervalNanos) {
    this(commitsPerStep, idleIntervalNanos, 0);
  }

  static H2Housekeeping forTransactor() {
    return new H2Housekeeping(TRANSACTOR_COMMITS_PER_STEP, STEP_INTERVAL_NANOS);
  }

  static H2Housekeeping forGroupCommitter() {
    return new H2Housekeeping(Integer.MAX_VALUE, STEP_INTERVAL_NANOS, STEP_INTERVAL_NANOS);
  }

  /** After a commit on {@code connection}: a step every so many commits, or once it is time. */
  void afterCommit(Connection connection) {
    if (off) {
      return;
    }
    if (commits.incrementAndGet() % commitsPerStep == 0
        || (busyIntervalNanos > 0 && System.nanoTime() - lastStepNanos >= busyIntervalNanos)) {
      step(connection);
    }
  }

  /**
   * The writer has had nothing to do for {@code idleNanos}: one step if that is long enough, if
   * anything was committed since the last step, and if the last was long enough ago.
   */
  void idle(Connection connection, long idleNanos) {
    if (!off
        && idleNanos >= idleIntervalNanos
        && commits.get() != commitsAtLastStep
        && System.nanoTime() - lastStepNanos >= idleIntervalNanos) {
      step(connection);
    }
  }

  /** Steps taken so far. */
  long steps() {
    return steps.get();
  }

  /** Steps so far that rewrote pages (and committed them). */
  long rewrites() {
    return rewrites.get();
  }

  /** Whether housekeeping gave up on this store (not H2, or not a file store). */
  boolean isOff() {
    return off;
  }

  private void step(Connection connection) {
    if (!stepping.tryLock()) {
      return;
    }
    try {
      commitsAtLastStep = commits.get();
      lastStepNanos = System.nanoTime();
      H2FileStore store = H2FileStore.of(connection);
      if (store == null) {
        off = true;
        LOG.debug("no H2 file store behind this connection; housekeeping is off");
        return;
      }
      if (store.refused()) {
        return; // a force of this file failed: nothing more is written on it (H2FileStore#refuse)
      }
      if (store.compact(TARGET_FILL_PERCENT, WRITE_BUDGET_BYTES)) {
        // Forced as every other commit of these committers is (H2Sync), though a step changes no
        // data: what it moved stays in the older chunks, which H2 keeps for its retention time.
        store.commit();
        store.sync();
        rewrites.incrementAndGet();
      }
      steps.incrementAndGet();
    } catch (ReflectiveOperationException | SQLException | RuntimeException e) {
      off = true;
      Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
      LOG.warn("H2 housekeeping is off for this store: {}", String.valueOf(cause));
    } finally {
      stepping.unlock();
    }
  }
}
