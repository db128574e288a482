package io.openbroker.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time per group of threads (name without its trailing number), for finding where a benchmark's
 * CPU goes: {@code -Dbench.threads=true}.
 */
final class ThreadCpu {

  private ThreadCpu() {}

  /** CPU nanoseconds so far of every live thread, summed by name group. */
  static Map<String, Long> byGroup() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Long> groups = new TreeMap<>();
    for (long id : mx.getAllThreadIds()) {
      ThreadInfo info = mx.getThreadInfo(id);
      long cpu = mx.getThreadCpuTime(id);
      if (info != null && cpu > 0) {
        groups.merge(group(info.getThreadName()), cpu, Long::sum);
      }
    }
    return groups;
  }

  /** Prints each group's CPU per operation between two snapshots, biggest first. */
  static void print(Map<String, Long> before, Map<String, Long> after, long operations) {
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(12)
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-28s %8.0f us/op%n",
                    e.getKey(),
                    e.getValue() / 1e3 / Math.max(1, operations)));
  }

  private static String group(String name) {
    return name.replaceAll("[-#]?\\d+$", "").replaceAll("\\d+", "#");
  }
}
