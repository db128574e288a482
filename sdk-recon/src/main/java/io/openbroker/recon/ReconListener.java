package io.openbroker.recon;

/**
 * Hears how a reconciliation run is going: progress for a display, and every malformed line. Calls
 * come from worker threads but never at the same time.
 *
 * <pre>{@code
 * ReconListener listener = new ReconListener() {
 *   public void malformed(MalformedLine line) { log.warn("{}", line); }
 * };
 * }</pre>
 */
public interface ReconListener {

  /** The phases of a run, in order. */
  enum Phase {
    /** Reading both files and hash-partitioning them to disk; progress in bytes. */
    PARTITION,
    /** Matching partition by partition by key; progress in partitions. */
    MATCH,
    /** The fallback rule on what stayed one-sided; progress in partitions. */
    FALLBACK
  }

  /** {@code done} of {@code total} units of {@code phase} are finished. */
  default void progress(Phase phase, long done, long total) {}

  /** A line that could not be read; it is counted in the summary too. */
  default void malformed(MalformedLine line) {}

  /** A listener that ignores everything. */
  static ReconListener none() {
    return new ReconListener() {};
  }
}
