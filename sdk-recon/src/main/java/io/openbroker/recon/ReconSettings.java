package io.openbroker.recon;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The settings of a {@link Reconciler}; built by {@link Reconciler.Builder}.
 *
 * @param window the business-date window
 * @param bankLayout the bank file's layout
 * @param brokerLayout the broker file's layout
 * @param fallbackTolerance how far apart in time a fallback match may be
 * @param threads worker threads
 * @param partitions partitions, or 0 to size them from the files
 * @param workDirectory where spill files go, or null for a temporary directory
 * @param strict whether a malformed line aborts the run
 * @param bankCheck the bank file's verification
 * @param brokerCheck the broker file's verification
 */
public record ReconSettings(
    BusinessWindow window,
    FileLayout bankLayout,
    FileLayout brokerLayout,
    Duration fallbackTolerance,
    int threads,
    int partitions,
    Path workDirectory,
    boolean strict,
    FileCheck bankCheck,
    FileCheck brokerCheck) {

  /** The most partitions a run uses (each is two open files while partitioning). */
  public static final int MAX_PARTITIONS = 4096;

  public ReconSettings {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(bankLayout, "bankLayout");
    Objects.requireNonNull(brokerLayout, "brokerLayout");
    Objects.requireNonNull(fallbackTolerance, "fallbackTolerance");
    Objects.requireNonNull(bankCheck, "bankCheck");
    Objects.requireNonNull(brokerCheck, "brokerCheck");
  }
}
