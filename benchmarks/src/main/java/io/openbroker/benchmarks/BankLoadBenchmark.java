package io.openbroker.benchmarks;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.money.Money;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Transfers per second the bank simulator sustains on loopback, with SM2 signatures both ways and
 * durable commits (H2 file, committed before each answer), driven by 64 concurrent keep-alive
 * callers; p50/p99 latency; and, in the same run, the pure crypto rate (one SM2 verify + one SM2
 * sign per transfer, on as many threads as cores). Requests are signed before timing so that the
 * load generator, which shares the cores, costs little per request.
 *
 * <pre>
 * mvn -B -o package -pl benchmarks -am -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.openbroker.benchmarks.BankLoadBenchmark [seconds] [callers]
 * </pre>
 */
public final class BankLoadBenchmark {

  private static final String BROKER = "broker-1";

  private BankLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int callers = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int cores = Runtime.getRuntime().availableProcessors();
    RandomSource random = RandomSource.secure();
    AsymmetricKeyPair bank = AsymmetricKeyPair.generateSm2(random);
    AsymmetricKeyPair broker = AsymmetricKeyPair.generateSm2(random);
    MessageSigner brokerSigner = broker.privateKey().signer(random);

    double crypto =
        cryptoRate(
            bank.privateKey().signer(random),
            broker.publicKey().verifier(),
            brokerSigner,
            cores,
            seconds);
    System.out.printf(
        "pure crypto (1 SM2 verify + 1 SM2 sign per transfer, %d threads): %.0f transfers/s%n",
        cores, crypto);

    Path data = Files.createTempDirectory("bank-bench");
    try (BankSimulator sim =
        BankSimulator.builder()
            .effects(Effects.system())
            .dataDir(data)
            .bankKey(BankKey.of("bank-sm2", bank.privateKey(), random))
            .broker(
                new BrokerRegistration(
                    BROKER, "broker-1-sm2", broker.publicKey().verifier(), Optional.empty()))
            .start()) {
      List<Caller> all = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        all.add(new Caller(sim.port(), c, brokerSigner));
      }
      for (Caller c : all) {
        c.prepare(sim, bank);
      }
      int perCaller = (int) Math.max(200, crypto * 1.2 * (seconds + 3) / callers);
      System.out.printf("pre-signing %d requests per caller...%n", perCaller);
      presign(all, perCaller, cores);
      Result r = run(all, seconds);
      System.out.printf(
          "bank simulator: %.0f transfers/s over %d s with %d callers; p50 %.2f ms, p99 %.2f ms; %d errors%n",
          r.rate(), seconds, callers, r.p50Millis(), r.p99Millis(), r.errors());
      // Measured again after the load, warm, so that a cold or disturbed first measurement cannot
      // flatter the ratio; the higher of the two is the reference.
      double again =
          cryptoRate(
              bank.privateKey().signer(random),
              broker.publicKey().verifier(),
              brokerSigner,
              cores,
              seconds);
      System.out.printf("pure crypto again after the load: %.0f transfers/s%n", again);
      double reference = Math.max(crypto, again);
      System.out.printf(
          "ratio to pure crypto: %.0f%% (target >= 60%%)%n", 100 * r.rate() / reference);
      System.out.printf("books balanced: %s%n", sim.checkBooks().balanced());
    }
  }

  /** One SM2 verify of a request plus one SM2 sign of an answer, as fast as {@code threads} go. */
  static double cryptoRate(
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
    Thread.sleep(2_000);
    measuring.set(true);
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    measuring.set(false);
    long elapsed = System.nanoTime() - start;
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    return done.get() / (elapsed / 1e9);
  }

  private static void presign(List<Caller> all, int perCaller, int threads)
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

  record Result(double rate, double p50Millis, double p99Millis, long errors) {}

  private static Result run(List<Caller> all, int seconds) throws InterruptedException {
    AtomicBoolean measuring = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (Caller c : all) {
      Thread t = new Thread(() -> c.drive(measuring, stop));
      t.start();
      threads.add(t);
    }
    Thread.sleep(3_000);
    measuring.set(true);
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    measuring.set(false);
    long elapsed = System.nanoTime() - start;
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    long count = 0;
    long errors = 0;
    List<long[]> lat = new ArrayList<>();
    for (Caller c : all) {
      count += c.measured;
      errors += c.errors;
      lat.add(Arrays.copyOf(c.latencies, c.measured));
    }
    long[] merged = lat.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (merged.length == 0) {
      return new Result(0, 0, 0, errors);
    }
    return new Result(
        count / (elapsed / 1e9),
        merged[merged.length / 2] / 1e6,
        merged[(int) (merged.length * 0.99)] / 1e6,
        errors);
  }

  /** One keep-alive connection sending pre-signed withdrawals of 0.01. */
  private static final class Caller {
    private final int port;
    private final int index;
    private final MessageSigner signer;
    private final String card;
    private final String fund;
    private final List<byte[]> requests = new ArrayList<>();
    long[] latencies = new long[0];
    int measured;
    long errors;

    Caller(int port, int index, MessageSigner signer) {
      this.port = port;
      this.index = index;
      this.signer = signer;
      this.card = String.format(java.util.Locale.ROOT, "62128271%08d", index);
      this.fund = String.format(java.util.Locale.ROOT, "01%010d", index);
    }

    /** Opens the client's card and binds it; funds its management account (not timed). */
    void prepare(BankSimulator sim, AsymmetricKeyPair bank) throws IOException {
      sim.openAccount(
          card,
          "客户" + index,
          "11010119900307" + String.format(java.util.Locale.ROOT, "%04d", index),
          "138" + String.format(java.util.Locale.ROOT, "%08d", index),
          "135790",
          Money.parse("1000000.00"));
      String password =
          Base64.getEncoder()
              .encodeToString(
                  bank.publicKey()
                      .encrypt("135790".getBytes(StandardCharsets.UTF_8), RandomSource.secure()));
      exchange(
          sign(
              "/v1/bindings/designate",
              "{\"brokerSerial\":\"D"
                  + index
                  + "\",\"fundAccount\":\""
                  + fund
                  + "\",\"customerName\":\"客户"
                  + index
                  + "\",\"idNumber\":\"11010119900307"
                  + String.format(java.util.Locale.ROOT, "%04d", index)
                  + "\",\"mobile\":\"138"
                  + String.format(java.util.Locale.ROOT, "%08d", index)
                  + "\",\"bankAccount\":\""
                  + card
                  + "\",\"bankPassword\":\""
                  + password
                  + "\"}"),
          true);
      exchange(
          sign(
              "/v1/transfers",
              "{\"brokerSerial\":\"F"
                  + index
                  + "\",\"direction\":\"BANK_TO_SECURITIES\",\"fundAccount\":\""
                  + fund
                  + "\",\"bankAccount\":\""
                  + card
                  + "\",\"amount\":\"500000.00\",\"currency\":\"CNY\",\"bankPassword\":\""
                  + password
                  + "\"}"),
          true);
    }

    void presign(int count) {
      for (int i = 0; i < count; i++) {
        requests.add(
            sign(
                "/v1/transfers",
                "{\"brokerSerial\":\"L"
                    + index
                    + "-"
                    + i
                    + "\",\"direction\":\"SECURITIES_TO_BANK\",\"fundAccount\":\""
                    + fund
                    + "\",\"bankAccount\":\""
                    + card
                    + "\",\"amount\":\"0.01\",\"currency\":\"CNY\"}"));
      }
      latencies = new long[count];
    }

    private byte[] sign(String path, String body) {
      String ts = Long.toString(System.currentTimeMillis());
      String nonce = HexFormat.of().formatHex(RandomSource.secure().nextBytes(16));
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      String toSign = "POST\n" + path + "\n" + ts + "\n" + nonce + "\n" + body + "\n";
      String sig =
          Base64.getEncoder().encodeToString(signer.sign(toSign.getBytes(StandardCharsets.UTF_8)));
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
              + bytes.length
              + "\r\nOB-Key-Id: broker-1-sm2\r\nOB-Timestamp: "
              + ts
              + "\r\nOB-Nonce: "
              + nonce
              + "\r\nOB-Signature-Alg: SM3withSM2\r\nOB-Signature: "
              + sig
              + "\r\n\r\n";
      byte[] h = head.getBytes(StandardCharsets.US_ASCII);
      byte[] all = Arrays.copyOf(h, h.length + bytes.length);
      System.arraycopy(bytes, 0, all, h.length, bytes.length);
      return all;
    }

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private int exchange(byte[] request, boolean requireSuccess) throws IOException {
      if (socket == null) {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
      }
      out.write(request);
      out.flush();
      int status = readResponse(requireSuccess);
      return status;
    }

    private int readResponse(boolean requireSuccess) throws IOException {
      StringBuilder line = new StringBuilder();
      int status = -1;
      int length = 0;
      while (true) {
        int b = in.read();
        if (b < 0) {
          throw new IOException("connection closed");
        }
        if (b == '\n') {
          String l = line.toString().trim();
          line.setLength(0);
          if (l.isEmpty()) {
            break;
          }
          if (status < 0) {
            status = Integer.parseInt(l.split(" ")[1]);
          } else if (l.regionMatches(true, 0, "Content-Length:", 0, 15)) {
            length = Integer.parseInt(l.substring(15).trim());
          }
        } else {
          line.append((char) b);
        }
      }
      byte[] body = in.readNBytes(length);
      if (requireSuccess
          && (status != 200 || !new String(body, StandardCharsets.UTF_8).contains("\"SUCCESS\""))) {
        throw new IOException(
            "setup request failed: " + status + " " + new String(body, StandardCharsets.UTF_8));
      }
      return status;
    }

    void drive(AtomicBoolean measuring, AtomicBoolean stop) {
      try {
        for (byte[] r : requests) {
          if (stop.get()) {
            return;
          }
          long t0 = System.nanoTime();
          int status = exchange(r, false);
          long t1 = System.nanoTime();
          if (measuring.get()) {
            if (status != 200) {
              errors++;
            }
            latencies[measured++] = t1 - t0;
          }
        }
      } catch (IOException e) {
        errors++;
      }
    }
  }
}
