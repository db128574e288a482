package io.openbroker.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * CPU time per onboarding application, per method: on a machine shared with other work, CPU time
 * says what an application costs when wall-clock throughput cannot (the JMH figure of {@link
 * KycBenchmark} then only says how much of a core this process got). Applications per second per
 * busy core = 1,000,000 / (CPU µs per application).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.openbroker.benchmarks.KycCpuTime [memory|h2] [apps]
 * </pre>
 */
public final class KycCpuTime {

  private KycCpuTime() {}

  /** Runs {@code apps} applications of each method, five rounds, and prints CPU µs per one. */
  public static void main(String[] args) throws Exception {
    KycBenchmark bench = new KycBenchmark();
    bench.store = args.length > 0 ? args[0] : "memory";
    int apps = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    bench.setUp();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (String method : new String[] {"oneWayVideo", "twoWayVideo", "witness"}) {
      for (int round = 1; round <= 5; round++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long bytes0 = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < apps; i++) {
          switch (method) {
            case "oneWayVideo" -> bench.oneWayVideo();
            case "twoWayVideo" -> bench.twoWayVideo();
            default -> bench.witness();
          }
        }
        double micros = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / apps;
        double kilobytes = (threads.getCurrentThreadAllocatedBytes() - bytes0) / 1024.0 / apps;
        System.out.printf(
            Locale.ROOT,
            "%s store=%s round %d: %.1f CPU us/application = %.0f"
                + " applications/s per busy core, %.1f KB allocated%n",
            method,
            bench.store,
            round,
            micros,
            1e6 / micros,
            kilobytes);
      }
    }
  }
}
