package io.openbroker.recon.internal;

import io.openbroker.recon.DetailFileReader;
import io.openbroker.recon.Discrepancy;
import io.openbroker.recon.FileLayout;
import io.openbroker.recon.MalformedLine;
import io.openbroker.recon.ReadSummary;
import io.openbroker.recon.ReconListener;
import io.openbroker.recon.ReconListener.Phase;
import io.openbroker.recon.ReconSettings;
import io.openbroker.recon.ReconSummary;
import io.openbroker.recon.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reconciliation run in three phases: (1) read both files at once, one thread each, and
 * hash-partition their records by key to disk; (2) match partition by partition on all workers,
 * sending one-sided records to a residue spilled by fallback key; (3) run the fallback rule on each
 * residue partition. Memory is bounded by one partition per worker, never by the files.
 */
public final class ReconRun {

  private static final Logger LOG = LoggerFactory.getLogger(ReconRun.class);
  private static final long TARGET_PARTITION_BYTES = 4L << 20;
  private final ReconSettings settings;
  private final Path bankFile;
  private final Path brokerFile;
  private final Consumer<Discrepancy> exceptions;
  private final ReconListener listener;
  private final SummaryCounter counter = new SummaryCounter();

  public ReconRun(
      ReconSettings settings,
      Path bankFile,
      Path brokerFile,
      Consumer<Discrepancy> exceptions,
      ReconListener listener) {
    this.settings = settings;
    this.bankFile = bankFile;
    this.brokerFile = brokerFile;
    this.exceptions = exceptions;
    this.listener = listener;
  }

  /** Runs all three phases and returns the summary; spill files are deleted in any case. */
  public ReconSummary run() {
    int partitions = partitions();
    try (SpillDirectory dir = SpillDirectory.create(settings.workDirectory());
        Workers workers = new Workers(settings.threads())) {
      LOG.info(
          "reconciling {} with {} partitions, {} threads",
          settings.window().businessDate(),
          partitions,
          settings.threads());
      ReadSummary[] read = partition(dir, partitions, workers);
      try (SpilledResidue residue =
          new SpilledResidue(
              dir.files("res-bank", partitions), dir.files("res-broker", partitions))) {
        match(dir, partitions, workers, residue);
        residue.close();
        fallback(residue, partitions, workers);
      }
      return new ReconSummary(
          settings.window(),
          read[0],
          read[1],
          counter.totals(),
          counter.fallbackMatches(),
          counter.hours());
    } catch (IOException e) {
      throw Partitioner.spillFailed(e);
    }
  }

  private int partitions() {
    if (settings.partitions() > 0) {
      return settings.partitions();
    }
    long biggest = Math.max(size(bankFile), size(brokerFile));
    long wanted = (biggest + TARGET_PARTITION_BYTES - 1) / TARGET_PARTITION_BYTES;
    return (int) Math.max(1, Math.min(ReconSettings.MAX_PARTITIONS / 4, wanted));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // the reader reports the unreadable file with its own code
    }
  }

  private ReadSummary[] partition(SpillDirectory dir, int partitions, Workers workers) {
    long total = size(bankFile) + size(brokerFile);
    AtomicLong bankBytes = new AtomicLong();
    AtomicLong brokerBytes = new AtomicLong();
    int buffer = (int) Math.max(4 << 10, Math.min(64 << 10, (16L << 20) / partitions));
    Callable<ReadSummary> bank =
        () ->
            split(
                bankFile,
                settings.bankLayout(),
                dir.files("bank", partitions),
                buffer,
                bytes -> {
                  bankBytes.set(bytes);
                  progress(Phase.PARTITION, bytes + brokerBytes.get(), total);
                });
    Callable<ReadSummary> broker =
        () ->
            split(
                brokerFile,
                settings.brokerLayout(),
                dir.files("broker", partitions),
                buffer,
                bytes -> {
                  brokerBytes.set(bytes);
                  progress(Phase.PARTITION, bankBytes.get() + bytes, total);
                });
    return workers.all(List.of(bank, broker)).toArray(new ReadSummary[0]);
  }

  private ReadSummary split(
      Path file, FileLayout layout, Path[] parts, int buffer, LongConsumer progress) {
    try (Partitioner partitioner = new Partitioner(parts, buffer)) {
      return new DetailFileReader(layout, settings.strict())
          .read(file, partitioner, this::malformed, progress);
    }
  }

  private void match(SpillDirectory dir, int partitions, Workers workers, Residue residue) {
    PartitionMatcher matcher = new PartitionMatcher(settings.window(), residue);
    Path[] bank = dir.files("bank", partitions);
    Path[] broker = dir.files("broker", partitions);
    AtomicLong done = new AtomicLong();
    workers.each(
        partitions,
        i -> {
          MatchOutput out = matcher.match(bank[i], broker[i]);
          Files.deleteIfExists(bank[i]);
          Files.deleteIfExists(broker[i]);
          deliver(out);
          progress(Phase.MATCH, done.incrementAndGet(), partitions);
        });
  }

  private void fallback(SpilledResidue residue, int partitions, Workers workers) {
    FallbackMatcher matcher = new FallbackMatcher(settings.fallbackTolerance());
    AtomicLong done = new AtomicLong();
    workers.each(
        partitions,
        i -> {
          deliver(matcher.match(residue.load(Side.BANK, i), residue.load(Side.BROKER, i)));
          progress(Phase.FALLBACK, done.incrementAndGet(), partitions);
        });
  }

  private synchronized void deliver(MatchOutput out) {
    out.drainTo(exceptions);
    counter.merge(out.counter());
  }

  private synchronized void malformed(MalformedLine line) {
    listener.malformed(line);
  }

  private synchronized void progress(Phase phase, long done, long total) {
    listener.progress(phase, done, total);
  }
}
