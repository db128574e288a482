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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal in a JDBC table {@code bank_event(seq, body)} (one row per decision: a JSON array of
 * its events), written by one thread with group commit: every batch waiting when the writer wakes
 * goes into one transaction, so concurrent requests share a commit instead of queueing for one
 * each. A batch's future completes only after its transaction committed; if a commit fails, the
 * journal fails every later append too (the in-memory books are then ahead of the store, and only a
 * restart from the store is safe).
 */
public final class JdbcEventJournal implements EventJournal {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcEventJournal.class);
  private static final List<String> MIGRATIONS = List.of("/db/bank/V1__journal.sql");
  private static final long LINGER_NANOS = 1_000_000;
  private static final int MAX_GROUP = 256;

  private final Connection connection;
  // Prepared once: the writer thread inserts with it on every commit.
  private final PreparedStatement insert;
  private final BlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private long nextSeq;
  private volatile CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
  private volatile Throwable failure;
  private volatile boolean closing;

  /** One decision's events (immutable records), turned into their JSON row by the writer. */
  private record Batch(long seq, List<BookEvent> events, CompletableFuture<Void> done) {}

  /** Opens (creating or migrating) the journal in {@code dataSource}. */
  public JdbcEventJournal(DataSource dataSource, String threadName) {
    new SchemaMigrator(new Transactor(dataSource), "bank", JdbcEventJournal.class)
        .migrate(MIGRATIONS);
    try {
      this.connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      this.nextSeq = maxSeq() + 1;
      this.insert = connection.prepareStatement("INSERT INTO bank_event (seq, body) VALUES (?, ?)");
    } catch (SQLException e) {
      throw new TransientException(CoreErrorCode.STORE_UNAVAILABLE, "cannot open the journal", e);
    }
    this.writer = new Thread(this::writeLoop, threadName);
    writer.setDaemon(true);
    writer.start();
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
  public synchronized CompletableFuture<Void> append(List<BookEvent> events) {
    if (failure != null || closing) {
      return CompletableFuture.failedFuture(
          new TransientException(
              CoreErrorCode.STORE_UNAVAILABLE, "the journal is closed or failed", failure));
    }
    // The JSON is written by the writer thread, outside the callers' locks: appending only
    // numbers the row and queues it, so the bank's decisions hold their lock for less time.
    Batch batch = new Batch(nextSeq++, List.copyOf(events), new CompletableFuture<>());
    queue.add(batch);
    last = batch.done();
    return batch.done();
  }

  @Override
  public CompletableFuture<Void> barrier() {
    return last;
  }

  private void writeLoop() {
    List<Batch> batches = new ArrayList<>();
    while (!(closing && queue.isEmpty())) {
      try {
        Batch first = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batches.add(first);
        queue.drainTo(batches);
        if (batches.size() > 1) {
          linger(batches);
        }
        commit(batches);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batches.clear();
      }
    }
  }

  /**
   * Under concurrent load (more than one decision already waiting), waits up to {@link
   * #LINGER_NANOS} for more to join this commit: each H2 commit writes a chunk to the file, and
   * that costs the same for one row as for twenty. A lone request never waits.
   */
  private void linger(List<Batch> batches) throws InterruptedException {
    long deadline = System.nanoTime() + LINGER_NANOS;
    long left;
    while (batches.size() < MAX_GROUP && (left = deadline - System.nanoTime()) > 0) {
      Batch next = queue.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
      if (next == null) {
        return;
      }
      batches.add(next);
      queue.drainTo(batches);
    }
  }

  private void commit(List<Batch> batches) {
    if (failure != null) {
      batches.forEach(b -> b.done().completeExceptionally(failure));
      return;
    }
    synchronized (connection) {
      try {
        for (Batch b : batches) {
          insert.setLong(1, b.seq());
          insert.setString(2, JournalJson.write(b.events()));
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        failure = e;
        LOG.error("journal commit failed; the bank refuses further changes until restarted", e);
        batches.forEach(b -> b.done().completeExceptionally(e));
        return;
      }
    }
    batches.forEach(b -> b.done().complete(null));
  }

  @Override
  public void close() {
    closing = true;
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
