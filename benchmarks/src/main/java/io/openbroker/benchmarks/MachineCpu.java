package io.openbroker.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the whole machine's CPUs did between two snapshots, from {@code /proc/stat} on Linux: busy,
 * idle (with I/O wait) and stolen by the hypervisor. A window whose steal is high ran on a
 * contended host; idle time in a window that should keep every core busy is time its threads all
 * waited (for a disk force, say). Empty where {@code /proc/stat} is not readable.
 */
record MachineCpu(long busy, long idle, long steal) {

  private static final MachineCpu NONE = new MachineCpu(0, 0, 0);

  static MachineCpu snapshot() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
      // cpu user nice system idle iowait irq softirq steal ...
      long[] t =
          Arrays.stream(lines.get(0).trim().split("\\s+"))
              .skip(1)
              .mapToLong(Long::parseLong)
              .toArray();
      return new MachineCpu(t[0] + t[1] + t[2] + t[5] + t[6], t[3] + t[4], t[7]);
    } catch (IOException | RuntimeException e) {
      return NONE;
    }
  }

  /** "busy B%, idle I%, steal S%" of the time between {@code before} and this; "" if unknown. */
  String since(MachineCpu before) {
    long b = busy - before.busy;
    long i = idle - before.idle;
    long s = steal - before.steal;
    long all = b + i + s;
    if (all <= 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "busy %.1f%%, idle %.1f%%, steal %.1f%%",
        100.0 * b / all,
        100.0 * i / all,
        100.0 * s / all);
  }
}
