package io.openbroker.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time per group of threads (name without its trailing number), for finding where a benchmark's
 * CPU goes: {@code -Dbench.threads=true}. Two views: Java threads through {@link ThreadMXBean}
 * (full names, nanoseconds), and every native thread of the process from {@code /proc/self/task} on
 * Linux (GC, JIT compiler and VM threads too, user and kernel time apart, 15-character names,
 * clock-tick resolution).
 */
final class ThreadCpu {

  /** Linux's USER_HZ: /proc times are in hundredths of a second. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private ThreadCpu() {}

  /** A snapshot of both views. */
  record Snapshot(Map<String, Long> java, Map<String, Long> proc) {}

  static Snapshot snapshot() {
    return new Snapshot(byGroup(), byNativeGroup());
  }

  /** Prints both views' CPU per operation between two snapshots, biggest first. */
  static void print(Snapshot before, Snapshot after, long operations) {
    System.out.println("Java threads:");
    print(before.java(), after.java(), operations);
    if (!after.proc().isEmpty()) {
      System.out.println("all native threads (/proc; ':sys' = kernel time):");
      print(before.proc(), after.proc(), operations);
    }
  }

  /** CPU nanoseconds so far of every live thread, summed by name group. */
  private static Map<String, Long> byGroup() {
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

  /** User and kernel CPU nanoseconds of every native thread, by name group; empty off Linux. */
  private static Map<String, Long> byNativeGroup() {
    Map<String, Long> groups = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(task -> addTask(task, groups));
    } catch (IOException | UnsupportedOperationException e) {
      groups.clear();
    }
    return groups;
  }

  private static void addTask(Path task, Map<String, Long> groups) {
    String stat;
    try {
      stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      return; // the thread ended between the listing and the read
    }
    int open = stat.indexOf('(');
    int close = stat.lastIndexOf(')');
    String name = group(stat.substring(open + 1, close));
    String[] fields = stat.substring(close + 2).split(" ");
    // After the name: state is field 0, utime field 11, stime field 12 (proc(5) fields 14 and 15).
    groups.merge(name, Long.parseLong(fields[11]) * NANOS_PER_TICK, Long::sum);
    groups.merge(name + ":sys", Long.parseLong(fields[12]) * NANOS_PER_TICK, Long::sum);
  }

  private static void print(Map<String, Long> before, Map<String, Long> after, long operations) {
    after.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(16)
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
