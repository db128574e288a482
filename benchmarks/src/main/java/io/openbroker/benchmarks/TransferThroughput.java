package io.openbroker.benchmarks;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BankSimulatorBuilder;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.BankAnswer;
import io.openbroker.transfer.BankPassword;
import io.openbroker.transfer.FourElements;
import io.openbroker.transfer.JdbcFundLedger;
import io.openbroker.transfer.TransferClient;
import io.openbroker.transfer.TransferOutcome;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferService;
import io.openbroker.transfer.spi.RiskPolicy;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * End-to-end transfers per second and p50/p99 latency: {@link TransferService} → the simulator over
 * loopback, SM2 signatures both ways, durable H2 journals on both sides, {@code callers} concurrent
 * callers; compared in the same run with the crypto-only loop (2 SM2 signs + 2 SM2 verifies per
 * transfer — the signatures one transfer needs) on as many threads. Target: ≥ 50%.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -XX:+UseParallelGC -Xms4g -Xmn2g -cp benchmarks/target/benchmarks.jar \
 *     io.openbroker.benchmarks.TransferThroughput [seconds=20] [callers=64]
 * </pre>
 *
 * <p>Each caller alternates a deposit and a withdrawal. A deposit also carries the client's bank
 * password, SM2-encrypted by the broker and decrypted by the bank: crypto the baseline does not
 * count. {@code -Dbench.mix=withdrawals} runs withdrawals only (each account funded first), whose
 * crypto is exactly the baseline's two signatures and two verifications.
 *
 * <p>The end-to-end run and the crypto-only loop take turns for {@code -Dbench.rounds=3} rounds of
 * {@code seconds} each; every round's ratio is printed, and the figures of record pool all rounds.
 *
 * <p>{@code -Dbench.inMemory=true} keeps both journals in memory (the bank's and the broker's), so
 * nothing is durable: not the measure, but a diagnostic of what everything other than
 * durable storage costs (HTTP on both sides, JSON, the journals' SQL, the threads' hand-offs).
 * {@code -Dbench.store=postgres} puts the broker's journal and ledger on a local PostgreSQL, and
 * {@code -Dbench.committer=transactor} writes them a pooled connection per transaction instead of
 * through one group committer ({@link BrokerStore}).
 */
public final class TransferThroughput {

  private static final String PASSWORD = "135790";

  private TransferThroughput() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int callers = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    try (ScratchDirectory scratch = ScratchDirectory.create("transfer-bench")) {
      run(scratch.path(), seconds, callers);
    }
  }

  private static void run(Path dir, int seconds, int callers) throws Exception {
    AsymmetricKeyPair bankKey = AsymmetricKeyPair.generateSm2(RandomSource.secure());
    AsymmetricKeyPair brokerKey = AsymmetricKeyPair.generateSm2(RandomSource.secure());
    // A diagnostic, not the measure: both journals in memory, so nothing is durable.
    boolean inMemory = Boolean.getBoolean("bench.inMemory");
    BankSimulatorBuilder bankBuilder = BankSimulator.builder();
    if (!inMemory) {
      bankBuilder.dataDir(dir.resolve("bank"));
    }
    try (BankSimulator bank =
        bankBuilder
            .bankKey(BankKey.of("bank-sm2", bankKey.privateKey(), RandomSource.secure()))
            .broker(
                new BrokerRegistration(
                    "broker-1", "broker-1-sm2", brokerKey.publicKey().verifier(), Optional.empty()))
            .start()) {
      TransferClient client =
          TransferClient.builder()
              .baseUrl(bank.baseUri())
              .brokerKey("broker-1-sm2", brokerKey.privateKey().signer(RandomSource.secure()))
              .bankKey("bank-sm2", bankKey.publicKey())
              .build();
      // Journal and ledger share one store (by default one group committer: a transfer's writes
      // share commits with the other transfers in flight; TRANSFERS.md, "Databases").
      String store = System.getProperty("bench.store", inMemory ? "memory" : "h2");
      String committer = System.getProperty("bench.committer", "group");
      try (BrokerStore broker = BrokerStore.open(dir, callers, store, committer);
          TransferService service =
              TransferService.builder()
                  .client(client)
                  .journal(broker.transactions())
                  .ledger(JdbcFundLedger.open(broker.transactions(), Effects.system().clock()))
                  .riskPolicy(RiskPolicy.allowAll())
                  .build()) {
        System.out.printf("broker store: %s%n", broker.description());
        setUp(bank, client, callers);
        boolean withdrawalsOnly = "withdrawals".equals(System.getProperty("bench.mix"));
        if (withdrawalsOnly) {
          fund(service, callers);
        }
        int rounds = Integer.getInteger("bench.rounds", 3);
        Work e2eWork = i -> transfer(service, i, withdrawalsOnly);
        Work cryptoWork = cryptoLoop(brokerKey, bankKey, false);
        Work mixWork = withdrawalsOnly ? null : cryptoLoop(brokerKey, bankKey, true);
        Result e2e = Result.NONE;
        Result crypto = Result.NONE;
        Result mix = Result.NONE;
        double[] wallRatios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        // The workloads take turns, round after round: the machine's speed drifts by several
        // percent over minutes, and a ratio of two windows minutes apart carried that drift.
        for (int round = 1; round <= rounds; round++) {
          Duration warm = Duration.ofSeconds(round == 1 ? Math.max(15, seconds / 2) : 5);
          Result e = measure(seconds, callers, e2eWork, warm);
          Result c = measure(seconds, callers, cryptoWork, warm);
          Result m = mixWork == null ? Result.NONE : measure(seconds, callers, mixWork, warm);
          System.out.printf(
              Locale.ROOT,
              "round %d: %.0f transfers/s, %.0f us CPU; crypto-only %.0f loops/s, %.0f us CPU;"
                  + " ratio %.1f%% by wall clock, %.1f%% by CPU time%n"
                  + "  machine, end to end: %s; crypto-only: %s%n",
              round,
              e.perSecond(),
              e.cpuMicros(),
              c.perSecond(),
              c.cpuMicros(),
              e.wallPercentOf(c),
              e.cpuPercentOf(c),
              e.machine(),
              c.machine());
          wallRatios[round - 1] = e.wallPercentOf(c);
          cpuRatios[round - 1] = e.cpuPercentOf(c);
          e2e = e2e.plus(e);
          crypto = crypto.plus(c);
          mix = mix.plus(m);
        }
        report(callers, rounds, e2e, crypto);
        System.out.printf(
            Locale.ROOT,
            "median of the rounds' ratios: %.1f%% by wall clock, %.1f%% by CPU time%n",
            median(wallRatios),
            median(cpuRatios));
        if (mixWork != null) {
          System.out.printf(
              Locale.ROOT,
              "crypto of the same mix (every other loop also SM2-encrypts and decrypts the"
                  + " password): %.0f loops/s, %.0f us CPU; ratio %.1f%% by wall clock, %.1f%% by"
                  + " CPU time%n",
              mix.perSecond(),
              mix.cpuMicros(),
              e2e.wallPercentOf(mix),
              e2e.cpuPercentOf(mix));
        }
      }
    }
  }

  /** One client per caller, bound, with a balance to withdraw from. */
  private static void setUp(BankSimulator bank, TransferClient client, int callers) {
    client.signIn(BusinessSerial.parse("SIGNIN1"), bank.businessDate());
    for (int i = 0; i < callers; i++) {
      bank.openAccount(
          card(i).value(),
          "张三",
          "110101199003071233",
          "13812345678",
          PASSWORD,
          Money.parse("1000000.00"));
      FourElements four =
          new FourElements(
              PersonName.parse("张三"),
              ResidentIdNumber.parse("110101199003071233", LocalDate.of(2026, 1, 1)),
              card(i),
              MobileNumber.parse("13812345678"));
      BankAnswer<?> a =
          client.designate(
              BusinessSerial.parse("BIND" + i), fund(i), four, new BankPassword(PASSWORD));
      if (!(a instanceof BankAnswer.Verified<?> v && v.isSuccess())) {
        throw new IllegalStateException("binding failed: " + a);
      }
    }
  }

  /** Credits every client enough to withdraw 1.00 for the whole run. */
  private static void fund(TransferService service, int callers) {
    for (int i = 0; i < callers; i++) {
      TransferOutcome o =
          service.transfer(
              TransferRequest.deposit(
                  BusinessSerial.parse("FUND" + i),
                  fund(i),
                  card(i),
                  Money.parse("500000.00"),
                  new BankPassword(PASSWORD)));
      if (!(o instanceof TransferOutcome.Succeeded)) {
        throw new IllegalStateException("funding failed: " + o);
      }
    }
  }

  private static final AtomicLong SERIALS = new AtomicLong();
  private static final long[] PER_CALLER = new long[4096];
  private static final long[] LOOPS = new long[4096];

  /**
   * Each caller alternates a deposit and a withdrawal of 1.00 (or only withdraws) on its client.
   */
  private static void transfer(TransferService service, int caller, boolean withdrawalsOnly) {
    // Fixed width, as brokers number transfers (date + zero-padded sequence): in index order too.
    BusinessSerial serial =
        BusinessSerial.parse(String.format(Locale.ROOT, "BM%012d", SERIALS.incrementAndGet()));
    Money amount = Money.parse("1.00");
    TransferRequest r =
        !withdrawalsOnly && PER_CALLER[caller]++ % 2 == 0
            ? TransferRequest.deposit(
                serial, fund(caller), card(caller), amount, new BankPassword(PASSWORD))
            : TransferRequest.withdrawal(serial, fund(caller), card(caller), amount);
    TransferOutcome o = service.transfer(r);
    if (!(o instanceof TransferOutcome.Succeeded)) {
      throw new IllegalStateException("unexpected outcome " + o);
    }
  }

  /**
   * The signatures of a transfer; with {@code password}, every other loop also does a deposit's
   * password crypto (the broker's SM2 encryption for the bank, the bank's decryption).
   */
  private static Work cryptoLoop(
      AsymmetricKeyPair broker, AsymmetricKeyPair bank, boolean password) {
    MessageSigner brokerSigner = broker.privateKey().signer(RandomSource.secure());
    MessageSigner bankSigner = bank.privateKey().signer(RandomSource.secure());
    MessageVerifier brokerVerifier = broker.publicKey().verifier();
    MessageVerifier bankVerifier = bank.publicKey().verifier();
    byte[] request =
        ("POST\n/v1/transfers\n1\nn\n" + "x".repeat(200)).getBytes(StandardCharsets.UTF_8);
    byte[] response = ("200\nn\n1\nm\n" + "y".repeat(300)).getBytes(StandardCharsets.UTF_8);
    RandomSource random = RandomSource.secure();
    return i -> {
      byte[] s1 = brokerSigner.sign(request);
      if (!brokerVerifier.verify(request, s1)) {
        throw new IllegalStateException("verify failed");
      }
      byte[] s2 = bankSigner.sign(response);
      if (!bankVerifier.verify(response, s2)) {
        throw new IllegalStateException("verify failed");
      }
      if (password && LOOPS[i]++ % 2 == 0) {
        byte[] secret = PASSWORD.getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(
            bank.privateKey().decrypt(bank.publicKey().encrypt(secret, random)), secret)) {
          throw new IllegalStateException("decrypt failed");
        }
      }
    };
  }

  @FunctionalInterface
  private interface Work {
    void run(int caller) throws Exception;
  }

  /**
   * What one or more measured windows counted. {@link #cpuMicros}: CPU time of this whole process
   * (broker, bank, callers, JIT, GC) per operation; unlike the rates, it hardly depends on what
   * else the machine runs.
   */
  private record Result(
      long count, double seconds, long cpuNanos, long[] sortedLatencies, String machine) {

    static final Result NONE = new Result(0, 0, 0, new long[0], "");

    double perSecond() {
      return seconds == 0 ? 0 : count / seconds;
    }

    double cpuMicros() {
      return count == 0 ? 0 : cpuNanos / 1e3 / count;
    }

    /** The ratio by wall clock: this run's rate as a percentage of {@code baseline}'s. */
    double wallPercentOf(Result baseline) {
      return 100 * perSecond() / baseline.perSecond();
    }

    /** The same ratio by CPU time: {@code baseline}'s CPU per operation over this run's. */
    double cpuPercentOf(Result baseline) {
      return 100 * baseline.cpuMicros() / cpuMicros();
    }

    double p50Millis() {
      return percentile(0.5);
    }

    double p99Millis() {
      return percentile(0.99);
    }

    private double percentile(double p) {
      long[] all = sortedLatencies;
      return all.length == 0 ? 0 : all[(int) (all.length * p)] / 1e6;
    }

    Result plus(Result other) {
      long[] all =
          Arrays.copyOf(sortedLatencies, sortedLatencies.length + other.sortedLatencies.length);
      System.arraycopy(
          other.sortedLatencies, 0, all, sortedLatencies.length, other.sortedLatencies.length);
      Arrays.sort(all);
      return new Result(
          count + other.count, seconds + other.seconds, cpuNanos + other.cpuNanos, all, "");
    }
  }

  private static Result measure(int seconds, int callers, Work work, Duration warm)
      throws InterruptedException {
    long[][] latencies = new long[callers][];
    LongAdder count = new LongAdder();
    AtomicBoolean measuring = new AtomicBoolean();
    AtomicBoolean stopped = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(callers);
    for (int c = 0; c < callers; c++) {
      int caller = c;
      new Thread(
              () -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                try {
                  // One loop for the warm-up and the window: with a loop of its own, the window
                  // began with C2 compiling that loop (and the transfer path inlined into it).
                  while (!stopped.get()) {
                    boolean counted = measuring.get();
                    long t0 = System.nanoTime();
                    work.run(caller);
                    if (counted) {
                      if (n < mine.length) {
                        mine[n++] = System.nanoTime() - t0;
                      }
                      count.increment();
                    }
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                } finally {
                  latencies[caller] = Arrays.copyOf(mine, n);
                  done.countDown();
                }
              })
          .start();
    }
    warmUp(warm);
    measuring.set(true);
    long cpuStart = cpuNanos();
    MachineCpu machineStart = MachineCpu.snapshot();
    ThreadCpu.Snapshot threadsStart = ThreadCpu.snapshot();
    Thread.sleep(Duration.ofSeconds(seconds).toMillis());
    long cpu = cpuNanos() - cpuStart;
    long measured = count.sum();
    String machine = MachineCpu.snapshot().since(machineStart);
    if (Boolean.getBoolean("bench.threads")) {
      ThreadCpu.print(threadsStart, ThreadCpu.snapshot(), measured);
    }
    stopped.set(true);
    done.await();
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(measured, seconds, cpu, all, machine);
  }

  /**
   * Runs the load for at least {@code minimum}, then until the JIT has settled: less than 2% of a
   * core spent compiling over the last 5 s (at most 3 minutes). Both sides' paths are long (HTTP,
   * JSON, SQL, SM2), and on 2 cores the compiler threads were still taking ~25% of the CPU after a
   * fixed 15 s, which a steady-state figure must not count; stopping at 5% left C2 with 8–16 µs of
   * CPU per transfer in the first round's window.
   */
  private static void warmUp(Duration minimum) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    Thread.sleep(minimum.toMillis());
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    long window = 5_000;
    while (System.nanoTime() < deadline) {
      long before = jit.getTotalCompilationTime();
      Thread.sleep(window);
      long compiling = jit.getTotalCompilationTime() - before;
      if (compiling < window / 50) {
        System.out.printf(Locale.ROOT, "warm: JIT %d ms in the last %d ms%n", compiling, window);
        return;
      }
    }
    System.out.println("warm-up cap reached; the JIT is still compiling");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void report(int callers, int rounds, Result e2e, Result crypto) {
    System.out.printf(
        Locale.ROOT,
        "callers=%d, all %d rounds together%nend-to-end: %.0f transfers/s, p50 %.2f ms, p99 %.2f ms (%d transfers)%n"
            + "crypto-only (2 SM2 sign + 2 SM2 verify): %.0f loops/s%n"
            + "CPU per operation: %.0f us end-to-end, %.0f us crypto-only%n"
            + "ratio: %.1f%% by wall clock, %.1f%% by CPU time (target >= 50%%)%n",
        callers,
        rounds,
        e2e.perSecond(),
        e2e.p50Millis(),
        e2e.p99Millis(),
        e2e.count(),
        crypto.perSecond(),
        e2e.cpuMicros(),
        crypto.cpuMicros(),
        e2e.wallPercentOf(crypto),
        e2e.cpuPercentOf(crypto));
  }

  private static FundAccount fund(int i) {
    return FundAccount.parse(String.format(Locale.ROOT, "0177%08d", Math.abs(i)));
  }

  private static BankCardNumber card(int i) {
    return BankCardNumber.parse(String.format(Locale.ROOT, "62128272%08d", Math.abs(i)));
  }
}
