package io.openbroker.examples;

import io.openbroker.recon.ReconListener.Phase;
import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress display on the terminal, rewritten in place, at most ten times a second. */
final class ProgressLine {

  private static final long INTERVAL_NANOS = 100_000_000L;
  private final PrintWriter err;
  private final long started = System.nanoTime();
  private long lastShown;
  private Phase lastPhase;

  ProgressLine(PrintWriter err) {
    this.err = err;
  }

  synchronized void show(Phase phase, long done, long total) {
    long now = System.nanoTime();
    if (phase == lastPhase && done < total && now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    lastPhase = phase;
    long percent = total == 0 ? 100 : done * 100 / total;
    String unit =
        phase == Phase.PARTITION
            ? String.format(Locale.ROOT, "%,d MB of %,d MB", done >> 20, total >> 20)
            : done + " of " + total + " partitions";
    err.printf(
        Locale.ROOT,
        "\r%-9s %3d%%  %-32s %6.1fs",
        phase.name().toLowerCase(Locale.ROOT),
        percent,
        unit,
        (now - started) / 1e9);
    err.flush();
  }

  synchronized void done() {
    err.println();
    err.flush();
  }
}
