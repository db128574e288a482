package io.openbroker.recon.internal;

import io.openbroker.core.InternalException;
import io.openbroker.core.OpenBrokerException;
import io.openbroker.recon.ReconErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run's worker threads. A failure in any task fails the whole phase with the task's own error (an
 * {@link OpenBrokerException} passes through unchanged).
 */
public final class Workers implements AutoCloseable {

  /** A task over partition {@code i}. */
  @FunctionalInterface
  public interface PartitionTask {
    void run(int i) throws IOException;
  }

  private final ExecutorService pool;
  private final int threads;

  public Workers(int threads) {
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "recon-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Runs the tasks concurrently and returns their results in order. */
  public <T> List<T> all(List<Callable<T>> tasks) {
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(task));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(await(f, futures));
    }
    return results;
  }

  /** Runs {@code task} for partitions 0..n-1, at most {@code threads} at a time. */
  public void each(int n, PartitionTask task) {
    AtomicInteger next = new AtomicInteger();
    List<Callable<Void>> loops = new ArrayList<>();
    for (int t = 0; t < Math.min(threads, n); t++) {
      loops.add(
          () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
              task.run(i);
            }
            return null;
          });
    }
    all(loops);
  }

  private static <T> T await(Future<T> future, List<? extends Future<?>> all) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      all.forEach(f -> f.cancel(true));
      throw new InternalException(ReconErrorCode.RECON_SPILL_FAILED, "interrupted", e);
    } catch (ExecutionException e) {
      all.forEach(f -> f.cancel(true));
      Throwable cause = e.getCause();
      if (cause instanceof OpenBrokerException o) {
        throw o;
      }
      if (cause instanceof IOException io) {
        throw Partitioner.spillFailed(io);
      }
      throw new InternalException(
          ReconErrorCode.RECON_SPILL_FAILED, "reconciliation worker failed: " + cause, cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
