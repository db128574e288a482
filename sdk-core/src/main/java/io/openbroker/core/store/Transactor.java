package io.openbroker.core.store;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs work in a transaction: commit when it returns, roll back when it throws. An {@link
 * SQLException} becomes a {@link TransientException} ({@code STORE_UNAVAILABLE}, or {@code
 * STORE_CONFLICT} for a serialization failure or a unique-key violation) so callers deal in one
 * error hierarchy.
 *
 * <pre>{@code
 * Transactor tx = new Transactor(dataSource);
 * long n = tx.inTransaction(c -> c.createStatement().executeUpdate("DELETE FROM t"));
 * }</pre>
 */
public final class Transactor implements Transactions {

  private final DataSource dataSource;
  private final H2Housekeeping housekeeping;
  private final H2Sync sync;

  public Transactor(DataSource dataSource) {
    this(dataSource, H2Housekeeping.forTransactor(), H2Sync.forEachCommit());
  }

  Transactor(DataSource dataSource, H2Housekeeping housekeeping, H2Sync sync) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.housekeeping = housekeeping;
    this.sync = sync;
  }

  /** The data source this transactor opens connections from. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Runs {@code work} on a fresh connection in one transaction and returns its result. On an
   * embedded H2 file store the commit is forced to the device before this returns ({@link H2Sync};
   * if that fails, {@code STORE_UNAVAILABLE} although the writes are in the file), and every so
   * many commits also compact the file a step ({@link H2Housekeeping}), on this thread. Once a
   * force of the file has failed, work on it is refused before it runs ({@code STORE_UNAVAILABLE})
   * until the process restarts ({@link H2FileStore#refuse}).
   */
  @Override
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      H2FileStore store = sync.storeOf(connection);
      T result = inTransaction(connection, work);
      if (store != null) {
        sync.force(store);
      }
      housekeeping.afterCommit(connection);
      return result;
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /**
   * Commits the transaction open on {@code connection}, a connection the caller keeps (e.g. a
   * writer thread's own), as durably as {@link #inTransaction(SqlWork)} does: on an embedded H2
   * file, forced to the device before this returns ({@link H2Sync}).
   *
   * @throws TransientException {@code STORE_UNAVAILABLE} if the commit or its force failed (the
   *     writes may be in the file: an unknown outcome), or if a force of the file has failed before
   *     in this process (nothing committed: roll back)
   */
  public static void commitDurably(Connection connection) {
    commitDurably(connection, H2Sync.forEachCommit());
  }

  static void commitDurably(Connection connection, H2Sync sync) {
    try {
      H2FileStore store = sync.storeOf(connection);
      connection.commit();
      if (store != null) {
        sync.force(store);
      }
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /**
   * Runs {@code work} in one transaction on a connection the caller keeps open (e.g. a writer
   * thread's own connection). Unlike {@link #inTransaction(SqlWork)}, it does not force an H2 file
   * after the commit (see {@link #commitDurably}).
   */
  public static <T> T inTransaction(Connection connection, SqlWork<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  /** Maps a JDBC failure to the error hierarchy; SQLSTATE 40xxx and 23505 are conflicts. */
  static TransientException translate(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    boolean conflict = state.startsWith("40") || state.equals("23505");
    CoreErrorCode code = conflict ? CoreErrorCode.STORE_CONFLICT : CoreErrorCode.STORE_UNAVAILABLE;
    return new TransientException(code, "database failure (SQLSTATE " + state + ")", e);
  }
}
