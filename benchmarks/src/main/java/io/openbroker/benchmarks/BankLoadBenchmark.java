package io.openbroker.benchmarks;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Transfers per second the bank simulator sustains on loopback, with SM2 signatures both ways and
 * durable commits (the bank's journal file, forced to disk before each answer), driven by 64
 * concurrent keep-alive callers (keep-alive connections driven by one selector thread, see {@link
 * LoadLoop}); p50/p99 latency; and, in the same run, the pure crypto rate (one SM2 verify + one SM2
 * sign per transfer, on as many threads as cores). Requests are signed before timing so that the
 * load generator, which shares the cores, costs little per request.
 *
 * <pre>
 * mvn -B -o package -pl benchmarks -am -DskipTests
 * java -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     io.openbroker.benchmarks.BankLoadBenchmark [seconds] [callers]
 * </pre>
 *
 * <p>{@code -Dbench.threads=true} also prints the CPU per transfer of each group of threads (bank
 * workers, IO threads, journal writer, load generator) over the measured seconds.
 */
public final class BankLoadBenchmark {

  private static final String BROKER = "broker-1";
  // Long enough on a busy 2-core machine for C2 to finish compiling the bank's paths (H2's
  // included): with 20 s the compiler threads still took a fifth of the CPU while measuring.
  private static final int WARM_UP_SECONDS = 30;

  private BankLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int callers = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "Java %s, %d cores, collectors %s%n",
        Runtime.version(),
        cores,
        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(java.lang.management.GarbageCollectorMXBean::getName)
            .toList());
    RandomSource random = RandomSource.secure();
    AsymmetricKeyPair bank = AsymmetricKeyPair.generateSm2(random);
    AsymmetricKeyPair broker = AsymmetricKeyPair.generateSm2(random);
    MessageSigner brokerSigner = broker.privateKey().signer(random);

    Rate crypto =
        cryptoRate(
            bank.privateKey().signer(random),
            broker.publicKey().verifier(),
            brokerSigner,
            cores,
            seconds);
    System.out.printf(
        "pure crypto (1 SM2 verify + 1 SM2 sign per transfer, %d threads): %.0f transfers/s,"
            + " %.0f per CPU-second%n",
        cores, crypto.perSecond(), crypto.perCpuSecond());

    try (ScratchDirectory scratch = ScratchDirectory.create("bank-bench");
        BankSimulator sim =
            BankSimulator.builder()
                .effects(Effects.system())
                .store(
                    args.length > 2 && args[2].equals("memory")
                        ? io.openbroker.core.store.StoreLocation.h2Memory("bench")
                        : io.openbroker.core.store.StoreLocation.h2File(scratch.path(), "bank"))
                .threads(Integer.getInteger("bank.threads", Math.max(2, cores)))
                .bankKey(BankKey.of("bank-sm2", bank.privateKey(), random))
                .broker(
                    new BrokerRegistration(
                        BROKER, "broker-1-sm2", broker.publicKey().verifier(), Optional.empty()))
                .start()) {
      List<LoadCaller> all = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        all.add(new LoadCaller(sim.port(), c, brokerSigner));
      }
      for (LoadCaller c : all) {
        c.prepare(sim, bank);
      }
      // Sized by what the cores could do (CPU-time rate x cores), not by the wall-clock rate: on a
      // busy machine the first wall-clock figure can be a fifth of the later one, and callers
      // that run dry during the warm-up leave nothing to measure.
      double ceiling = Math.max(crypto.perSecond(), crypto.perCpuSecond() * cores);
      int perCaller = (int) Math.max(200, ceiling * 1.2 * (seconds + WARM_UP_SECONDS) / callers);
      System.out.printf("pre-signing %d requests per caller...%n", perCaller);
      presign(all, perCaller, cores);
      for (LoadCaller c : all) {
        c.closeSetup();
      }
      Result r = run(sim.port(), all, seconds);
      long exhausted = all.stream().filter(c -> c.exhausted).count();
      if (exhausted > 0) {
        System.out.printf(
            "WARNING: %d callers ran out of pre-signed requests; the rate undercounts%n",
            exhausted);
      }
      System.out.printf(
          "bank simulator: %.0f transfers/s (%.0f per CPU-second) over %d s with %d callers;"
              + " p50 %.2f ms, p99 %.2f ms; %d errors%n",
          r.rate(), r.perCpuSecond(), seconds, callers, r.p50Millis(), r.p99Millis(), r.errors());
      // Measured again after the load, warm, so that a cold or disturbed first measurement cannot
      // flatter the ratio; the higher of the two is the reference.
      Rate again =
          cryptoRate(
              bank.privateKey().signer(random),
              broker.publicKey().verifier(),
              brokerSigner,
              cores,
              seconds);
      System.out.printf(
          "pure crypto again after the load: %.0f transfers/s, %.0f per CPU-second%n",
          again.perSecond(), again.perCpuSecond());
      double wall = Math.max(crypto.perSecond(), again.perSecond());
      double perCpu = Math.max(crypto.perCpuSecond(), again.perCpuSecond());
      System.out.printf(
          "ratio to pure crypto: %.0f%% by wall clock, %.0f%% by CPU time (target >= 60%%)%n",
          100 * r.rate() / wall, 100 * r.perCpuSecond() / perCpu);
      System.out.printf("books balanced: %s%n", sim.checkBooks().balanced());
    }
  }

  /** One SM2 verify of a request plus one SM2 sign of an answer, as fast as {@code threads} go. */
  static Rate cryptoRate(
      MessageSigner bankSigner,
      MessageVerifier brokerVerifier,
      MessageSigner brokerSigner,
      int threads,
      int seconds)
      throws InterruptedException {
    byte[] request =
        ("POST\n/v1/transfers\n1795656600000\n"
                + "ab".repeat(16)
                + "\n"
                + "{\"brokerSerial\":\"X\"}".repeat(7)
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] signature = brokerSigner.sign(request);
    byte[] answer =
        ("200\n"
                + "ab".repeat(16)
                + "\n1795656600000\n"
                + "cd".repeat(16)
                + "\n"
                + "{\"resultCode\":\"SUCCESS\"}".repeat(12)
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    AtomicLong done = new AtomicLong();
    AtomicBoolean measuring = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                while (!stop.get()) {
                  if (!brokerVerifier.verify(request, signature)) {
                    throw new IllegalStateException("baseline signature must verify");
                  }
                  bankSigner.sign(answer);
                  if (measuring.get()) {
                    done.incrementAndGet();
                  }
                }
              });
      w.start();
      workers.add(w);
    }
    Thread.sleep(4_000);
    measuring.set(true);
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    Thread.sleep(seconds * 1000L);
    measuring.set(false);
    long elapsed = System.nanoTime() - start;
    long cpu = cpuNanos() - cpuStart;
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    return new Rate(done.get() / (elapsed / 1e9), done.get() / (cpu / 1e9));
  }

  private static void presign(List<LoadCaller> all, int perCaller, int threads)
      throws InterruptedException {
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      Thread w =
          new Thread(
              () -> {
                for (int i = first; i < all.size(); i += threads) {
                  all.get(i).presign(perCaller);
                }
              });
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
  }

  /**
   * Transfers per wall-clock second, and per CPU-second of this whole process (bank, load
   * generator, JIT, GC): the CPU figure does not depend on what else the machine runs.
   */
  record Rate(double perSecond, double perCpuSecond) {}

  record Result(
      double rate, double perCpuSecond, double p50Millis, double p99Millis, long errors) {}

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static Result run(int port, List<LoadCaller> all, int seconds) throws Exception {
    AtomicBoolean measuring = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    java.util.concurrent.CompletableFuture<Void> loop =
        java.util.concurrent.CompletableFuture.runAsync(
            () -> {
              try {
                LoadLoop.run(port, all, measuring, stop);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            r -> new Thread(r, "load-loop").start());
    // A long warm-up: the JIT must have compiled the bank's paths before its CPU is counted.
    Thread.sleep(WARM_UP_SECONDS * 1000L);
    measuring.set(true);
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    ThreadCpu.Snapshot threadsStart = ThreadCpu.snapshot();
    Thread.sleep(seconds * 1000L);
    measuring.set(false);
    long elapsed = System.nanoTime() - start;
    long cpu = cpuNanos() - cpuStart;
    ThreadCpu.Snapshot threadsEnd = ThreadCpu.snapshot();
    stop.set(true);
    loop.join();
    long count = 0;
    long errors = 0;
    List<long[]> lat = new ArrayList<>();
    for (LoadCaller c : all) {
      count += c.measured;
      errors += c.errors;
      lat.add(Arrays.copyOf(c.latencies, c.measured));
    }
    if (Boolean.getBoolean("bench.threads")) {
      System.out.printf(
          "CPU per transfer by thread group (%.0f us/op in all):%n", cpu / 1e3 / count);
      ThreadCpu.print(threadsStart, threadsEnd, count);
    }
    long[] merged = lat.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (merged.length == 0) {
      return new Result(0, 0, 0, 0, errors);
    }
    return new Result(
        count / (elapsed / 1e9),
        count / (cpu / 1e9),
        merged[merged.length / 2] / 1e6,
        merged[(int) (merged.length * 0.99)] / 1e6,
        errors);
  }
}
