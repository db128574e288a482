package io.openbroker.banksim.internal.store;

import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import io.openbroker.core.store.SchemaMigrator;
import io.openbroker.core.store.Transactor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal in a JDBC table {@code bank_event(seq, body)} (one row per decision: a JSON array of
 * its events), written with group commit: every batch waiting when the writer wakes goes into one
 * transaction. Used for in-memory and external JDBC stores; a bank with a data directory journals
 * to a file instead ({@link FileEventJournal}).
 */
public final class JdbcEventJournal implements EventJournal {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcEventJournal.class);
  private static final List<String> MIGRATIONS = List.of("/db/bank/V1__journal.sql");
  // Each commit writes a chunk to H2's file, and that costs the same for one row as for twenty.
  private static final long LINGER_NANOS = 1_000_000;

  private final Connection connection;
  // Prepared once: the writer thread inserts with it on every commit.
  private final PreparedStatement insert;
  private final GroupCommitter committer;

  /** Opens (creating or migrating) the journal in {@code dataSource}. */
  public JdbcEventJournal(DataSource dataSource, String threadName) {
    new SchemaMigrator(new Transactor(dataSource), "bank", JdbcEventJournal.class)
        .migrate(MIGRATIONS);
    long lastSeq;
    try {
      this.connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      lastSeq = maxSeq();
      this.insert = connection.prepareStatement("INSERT INTO bank_event (seq, body) VALUES (?, ?)");
    } catch (SQLException e) {
      throw new TransientException(CoreErrorCode.STORE_UNAVAILABLE, "cannot open the journal", e);
    }
    this.committer = new GroupCommitter(this::commit, lastSeq, LINGER_NANOS, threadName);
  }

  private long maxSeq() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM bank_event")) {
      rs.next();
      long max = rs.getLong(1);
      connection.commit();
      return max;
    }
  }

  @Override
  public List<BookEvent> readAll() {
    List<BookEvent> events = new ArrayList<>();
    synchronized (connection) {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT body FROM bank_event ORDER BY seq")) {
        while (rs.next()) {
          events.addAll(JournalJson.read(rs.getString(1)));
        }
        connection.commit();
      } catch (SQLException e) {
        throw new TransientException(CoreErrorCode.STORE_UNAVAILABLE, "cannot read the journal", e);
      }
    }
    return events;
  }

  @Override
  public CompletableFuture<Void> append(List<BookEvent> events) {
    return committer.append(events);
  }

  @Override
  public CompletableFuture<Void> barrier() {
    return committer.barrier();
  }

  private void commit(List<GroupCommitter.Batch> batches) throws SQLException {
    // A failure here ends the journal (GroupCommitter): nothing is retried on this connection.
    synchronized (connection) {
      for (GroupCommitter.Batch b : batches) {
        insert.setLong(1, b.seq());
        insert.setString(2, JournalJson.write(b.events()));
        insert.addBatch();
      }
      insert.executeBatch();
      // Forced to the device if the store is an embedded H2 file; PostgreSQL forces its own.
      Transactor.commitDurably(connection);
    }
  }

  @Override
  public void close() {
    committer.close();
    synchronized (connection) {
      try {
        insert.close();
        connection.close();
      } catch (SQLException e) {
        LOG.warn("closing the journal connection failed", e);
      }
    }
  }
}
