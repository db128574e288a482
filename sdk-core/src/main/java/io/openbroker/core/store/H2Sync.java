package io.openbroker.core.store;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forces an embedded H2 file to the device after each commit, before the committer answers.
 *
 * <p>H2 writes a commit to its file before the commit returns ({@code WRITE_DELAY=0}, {@link
 * StoreLocation.H2File}) but never forces it: the commit survives the process being killed, while
 * an operating-system crash or a power loss can lose it. For a transfer journal that is the row
 * saying a withdrawal was sent, lost after the bank paid it out. So {@link Transactor} and {@link
 * GroupCommitter} force the file ({@code fsync}) after every commit on an embedded H2 file; a group
 * committer does so once per batch. Any other database makes its own commits durable (PostgreSQL
 * with its defaults), and this does nothing for it, nor for an in-memory or remote H2.
 *
 * <p>A failed force fails its commits' answers and also ends this process's commits on that file
 * ({@link H2FileStore#refuse}): every later one is refused before it runs, until a restart.
 *
 * <p>An H2 whose classes differ (another version) cannot be forced: logged once as a warning, and
 * its commits are then durable against the process being killed only.
 */
final class H2Sync {

  /** SQLSTATE of a commit that was written but could not be forced: an I/O error. */
  static final String NOT_FORCED_STATE = "58030";

  /** SQLSTATE of work refused, before it ran, on a file a force has failed on. */
  static final String REFUSED_STATE = "58031";

  private static final Logger LOG = LoggerFactory.getLogger(H2Sync.class);

  /** How a store is forced: {@link H2FileStore#sync}, or a failing one in tests. */
  interface Force {
    void apply(H2FileStore store) throws ReflectiveOperationException;
  }

  private final Force force;
  private final AtomicLong forces = new AtomicLong();
  private volatile boolean off;

  H2Sync(Force force, boolean off) {
    this.force = force;
    this.off = off;
  }

  /** Forces every commit on an embedded H2 file. */
  static H2Sync forEachCommit() {
    return new H2Sync(H2FileStore::sync, false);
  }

  /**
   * After a commit on {@code connection}: forces the file if it is an embedded H2 file.
   *
   * @throws SQLException ({@value #NOT_FORCED_STATE}) if the force failed: the commit is in the
   *     file, visible to every reader, but may not survive a crash; the caller must not report it
   *     as durable
   */
  void afterCommit(Connection connection) throws SQLException {
    H2FileStore store = storeOf(connection);
    if (store != null) {
      force(store);
    }
  }

  /**
   * The embedded H2 file behind {@code connection}, to {@link #force} (perhaps on another thread);
   * null if there is nothing to force.
   *
   * @throws SQLException ({@value #NOT_FORCED_STATE}) if H2 failed to give it (a closed database);
   *     ({@value #REFUSED_STATE}) if a force of its file has failed: run nothing on it
   */
  H2FileStore storeOf(Connection connection) throws SQLException {
    if (off) {
      return null;
    }
    H2FileStore store;
    try {
      store = H2FileStore.of(connection);
    } catch (InvocationTargetException | SQLException | RuntimeException e) {
      throw notForced(e);
    } catch (ReflectiveOperationException e) {
      turnOff(e);
      return null;
    }
    if (store == null) {
      off = true;
      LOG.debug("no H2 file store behind this connection; nothing to force");
    } else if (store.refused()) {
      throw refusal();
    }
    return store;
  }

  /**
   * Forces {@code store}'s file: every write to it so far, whichever thread made it.
   *
   * @throws SQLException ({@value #NOT_FORCED_STATE}) if the force failed, or one of this file has
   *     failed before (a force that succeeds after a failed one may not hold what the failed one
   *     was forcing)
   */
  void force(H2FileStore store) throws SQLException {
    if (store.refused()) {
      throw notForced(new IllegalStateException("an earlier force of this file failed"));
    }
    try {
      force.apply(store);
      forces.incrementAndGet();
    } catch (InvocationTargetException | RuntimeException e) {
      store.refuse(); // H2FileStore#sync does too; a force given in a test may not call it
      throw notForced(e);
    } catch (ReflectiveOperationException e) {
      turnOff(e);
    }
  }

  /** H2 itself failed (a closed database, an I/O error): the commit is not known durable. */
  private static SQLException notForced(Exception e) {
    Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
    return new SQLException(
        "the commit was written but could not be forced to disk", NOT_FORCED_STATE, cause);
  }

  /** Work not run: a force of this file failed earlier in this process. */
  static SQLException refusal() {
    return new SQLException(
        "an earlier commit on this H2 file could not be forced to disk; nothing more is committed"
            + " on it until the process restarts",
        REFUSED_STATE);
  }

  /** H2's classes are not as expected (another version): nothing here can force them. */
  private void turnOff(ReflectiveOperationException e) {
    off = true;
    LOG.warn("commits on this H2 file are not forced to disk: {}", String.valueOf(e));
  }

  /** Forces done so far (for tests). */
  long forces() {
    return forces.get();
  }

  /** Whether this forces nothing (not an embedded H2 file). */
  boolean isOff() {
    return off;
  }
}
