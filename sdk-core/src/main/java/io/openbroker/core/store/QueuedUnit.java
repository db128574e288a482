package io.openbroker.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One caller's unit of work waiting in a {@link GroupCommitter}: run by the writer thread, then
 * finished (after the commit) or failed; its caller waits for that.
 */
final class QueuedUnit<T> {

  private final SqlWork<T> work;
  private final CompletableFuture<T> done = new CompletableFuture<>();
  private T result;
  private Throwable failure;
  private boolean lockConflict;

  QueuedUnit(SqlWork<T> work) {
    this.work = work;
  }

  /** Runs the work on the writer's connection; false if it threw (its savepoint must be undone). */
  boolean run(Connection connection) {
    failure = null;
    lockConflict = false;
    try {
      result = work.run(connection);
      return true;
    } catch (SQLException e) {
      failure = Transactor.translate(e);
      lockConflict = isLockConflict(e);
    } catch (RuntimeException | Error e) {
      failure = e;
    }
    return false;
  }

  /** Whether the last run failed for want of a lock another transaction held. */
  boolean lockConflict() {
    return lockConflict;
  }

  /**
   * SQLSTATE class 40 (deadlock, serialization failure: PostgreSQL and H2) and H2's lock timeout
   * (HYT00). Not a unique-key violation (23505), which retrying cannot cure.
   */
  private static boolean isLockConflict(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.startsWith("40") || state.equals("HYT00");
  }

  /** The batch committed: the caller gets its result, or the unit's own failure. */
  void finish() {
    if (failure == null) {
      done.complete(result);
    } else {
      done.completeExceptionally(failure);
    }
  }

  /** The batch failed: the caller gets its own failure if it had one, else {@code cause}. */
  void fail(RuntimeException cause) {
    done.completeExceptionally(failure == null ? cause : failure);
  }

  /**
   * Waits for the outcome. Not interruptible: once queued, the unit may commit, and the caller must
   * learn whether it did; the interrupt is kept for the caller's next blocking step.
   */
  T await() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return done.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw rethrown(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }
}
