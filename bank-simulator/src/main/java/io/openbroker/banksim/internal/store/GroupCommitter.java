package io.openbroker.banksim.internal.store;

import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for a journal: appends are numbered and queued in the bank's decision order, and one
 * writer thread hands whatever is waiting when it wakes to the {@link Sink} in one commit, so
 * concurrent requests share a commit instead of queueing for one each. A batch's future completes
 * only after its commit returned; if a commit fails, every later append fails too (the in-memory
 * books are then ahead of the store, and only a restart from the store is safe).
 */
final class GroupCommitter {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);
  private static final int MAX_GROUP = 256;
  // Under load 2 cores decide one transfer every ~0.15 ms; a pause twice that long means the
  // callers are all in.
  private static final long GAP_NANOS = 300_000;

  /** Makes a group of batches durable, in order, or throws. */
  interface Sink {
    void commit(List<Batch> batches) throws Exception;
  }

  /** One decision's events (immutable records), numbered in decision order from 1. */
  record Batch(long seq, List<BookEvent> events, CompletableFuture<Void> done) {}

  private final Sink sink;
  private final long lingerNanos;
  private final BlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private long nextSeq;
  private volatile CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
  private volatile Throwable failure;
  private volatile boolean closing;
  // Written by the writer thread only.
  private long groups;
  private long decisions;

  /**
   * @param lastSeq the number of the last batch already durable
   * @param lingerNanos how long a commit waits for more batches when several are already waiting
   *     (0: never)
   */
  GroupCommitter(Sink sink, long lastSeq, long lingerNanos, String threadName) {
    this.sink = sink;
    this.nextSeq = lastSeq + 1;
    this.lingerNanos = lingerNanos;
    this.writer = new Thread(this::writeLoop, threadName);
    writer.setDaemon(true);
    writer.start();
  }

  synchronized CompletableFuture<Void> append(List<BookEvent> events) {
    if (failure != null || closing) {
      return CompletableFuture.failedFuture(
          new TransientException(
              CoreErrorCode.STORE_UNAVAILABLE, "the journal is closed or failed", failure));
    }
    // Only numbered and queued here: the sink encodes the events on the writer thread, outside
    // the callers' locks, so the bank's decisions hold their lock for less time.
    Batch batch = new Batch(nextSeq++, List.copyOf(events), new CompletableFuture<>());
    queue.add(batch);
    last = batch.done();
    return batch.done();
  }

  CompletableFuture<Void> barrier() {
    return last;
  }

  /** Stops taking appends, commits what is queued, and ends the writer thread. */
  void close() {
    closing = true;
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Read after the writer ended (join): how well the decisions shared their commits.
    LOG.debug("journal closed: {} decisions committed in {} groups", decisions, groups);
  }

  private void writeLoop() {
    List<Batch> batches = new ArrayList<>();
    while (!(closing && queue.isEmpty())) {
      try {
        Batch first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batches.add(first);
        queue.drainTo(batches, MAX_GROUP - 1);
        if (batches.size() > 1 && lingerNanos > 0) {
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
   * Under concurrent load (more than one decision already waiting), lets more join this commit, for
   * a sink whose commit costs about the same for one batch as for twenty: if decisions are still
   * arriving after {@link #GAP_NANOS}, for the rest of the linger time. So a steady stream shares a
   * commit, while two callers, once both are in, wait no longer than the gap; a lone request never
   * waits. It parks (twice at most, each park a context switch) rather than waiting on the queue,
   * so the appends meanwhile wake nobody.
   */
  private void linger(List<Batch> batches) {
    long deadline = System.nanoTime() + lingerNanos;
    int seen = batches.size() + queue.size();
    LockSupport.parkNanos(this, Math.min(lingerNanos, GAP_NANOS));
    int now = batches.size() + queue.size();
    long left = deadline - System.nanoTime();
    if (now > seen && now < MAX_GROUP && left > 0) {
      LockSupport.parkNanos(this, left);
    }
    queue.drainTo(batches, MAX_GROUP - batches.size());
  }

  private void commit(List<Batch> batches) {
    if (failure != null) {
      batches.forEach(b -> b.done().completeExceptionally(failure));
      return;
    }
    groups++;
    decisions += batches.size();
    try {
      sink.commit(batches);
    } catch (Exception e) {
      failure = e;
      LOG.error("journal commit failed; the bank refuses further changes until restarted", e);
      batches.forEach(b -> b.done().completeExceptionally(e));
      return;
    }
    batches.forEach(b -> b.done().complete(null));
  }
}
