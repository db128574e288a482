package io.openbroker.recon;

import io.openbroker.recon.internal.ReconRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * End-of-day reconciliation of a bank's and a broker's transfer detail files (SPEC §9), in bounded
 * memory: both files are hash-partitioned by key into spill files, then matched partition by
 * partition on all cores, so tens of millions of records reconcile in a small heap.
 *
 * <pre>{@code
 * Reconciler reconciler = Reconciler.builder(BusinessWindow.calendarDay(date))
 *     .bankLayout(FileLayout.delimited('|').withCharset(Charset.forName("GBK")))
 *     .bankCheck(FileCheck.sm3(publishedDigest))
 *     .build();
 * ReconSummary summary = reconciler.reconcile(bankFile, brokerFile, exceptions::add,
 *     ReconListener.none());
 * }</pre>
 */
public final class Reconciler {

  private final ReconSettings settings;

  private Reconciler(ReconSettings settings) {
    this.settings = settings;
  }

  /** A builder for the business date window {@code window}, with the defaults of SPEC §9. */
  public static Builder builder(BusinessWindow window) {
    return new Builder(window);
  }

  /** This reconciler's settings. */
  public ReconSettings settings() {
    return settings;
  }

  /**
   * Verifies both files, then reconciles them. Every exception goes to {@code exceptions}, one call
   * at a time (never concurrently), in no particular order.
   *
   * @throws io.openbroker.core.InvalidInputException when a file is unreadable, unverified,
   *     incomplete, laid out differently, or (strict mode) has a malformed line
   * @throws io.openbroker.core.TransientException when the spill files cannot be written
   */
  public ReconSummary reconcile(
      Path bankFile, Path brokerFile, Consumer<Discrepancy> exceptions, ReconListener listener) {
    Objects.requireNonNull(bankFile, "bankFile");
    Objects.requireNonNull(brokerFile, "brokerFile");
    Objects.requireNonNull(exceptions, "exceptions");
    Objects.requireNonNull(listener, "listener");
    settings.bankCheck().verify(bankFile);
    settings.brokerCheck().verify(brokerFile);
    return new ReconRun(settings, bankFile, brokerFile, exceptions, listener).run();
  }

  /** Collects settings, rejecting a bad one at once. */
  public static final class Builder {
    private final BusinessWindow window;
    private FileLayout bankLayout = FileLayout.csv();
    private FileLayout brokerLayout = FileLayout.csv();
    private Duration fallbackTolerance = Duration.ofMinutes(10);
    private int threads = Runtime.getRuntime().availableProcessors();
    private int partitions;
    private Path workDirectory;
    private boolean strict;
    private FileCheck bankCheck = FileCheck.none();
    private FileCheck brokerCheck = FileCheck.none();

    private Builder(BusinessWindow window) {
      this.window = Objects.requireNonNull(window, "window");
    }

    /** The bank file's layout (default: SPEC §9.1 CSV). */
    public Builder bankLayout(FileLayout layout) {
      this.bankLayout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /** The broker file's layout (default: SPEC §9.1 CSV). */
    public Builder brokerLayout(FileLayout layout) {
      this.brokerLayout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /** How far apart in time a fallback match may be (default 10 minutes). */
    public Builder fallbackTolerance(Duration tolerance) {
      if (tolerance.isNegative()) {
        throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
      }
      this.fallbackTolerance = tolerance;
      return this;
    }

    /** Worker threads (default: all cores). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Number of partitions; 0 (the default) sizes them from the files, ~4 MiB each. */
    public Builder partitions(int partitions) {
      if (partitions < 0 || partitions > ReconSettings.MAX_PARTITIONS) {
        throw new IllegalArgumentException("partitions must be in [0, 4096]: " + partitions);
      }
      this.partitions = partitions;
      return this;
    }

    /** Where spill files go (default: a fresh temporary directory, deleted afterwards). */
    public Builder workDirectory(Path directory) {
      this.workDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Whether a malformed line aborts the run (default false: report, count, go on). */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** How the bank file is verified before use (default: not at all). */
    public Builder bankCheck(FileCheck check) {
      this.bankCheck = Objects.requireNonNull(check, "check");
      return this;
    }

    /** How the broker file is verified before use (default: not at all). */
    public Builder brokerCheck(FileCheck check) {
      this.brokerCheck = Objects.requireNonNull(check, "check");
      return this;
    }

    /** The reconciler. */
    public Reconciler build() {
      return new Reconciler(
          new ReconSettings(
              window,
              bankLayout,
              brokerLayout,
              fallbackTolerance,
              threads,
              partitions,
              workDirectory,
              strict,
              bankCheck,
              brokerCheck));
    }
  }
}
