package io.openbroker.banksim.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.openbroker.banksim.testing.SignedClient;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.PublicKeyMaterial;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability proof: a child JVM runs the stand-alone bank under a stream of transfers and is
 * killed with SIGKILL at random moments, then restarted on the same data directory. Afterwards the
 * books balance, every acknowledged transfer is present exactly once with the acknowledged outcome,
 * and the card balance is exactly what the recorded transfers imply (nothing applied twice).
 *
 * <p>The child bank and the callers share a clock moved to 10:00 China time on a fixed Monday, so a
 * run straddling the bank's 16:00 day-cut (or any other wall-clock moment) cannot change the
 * result.
 */
class CrashRecoveryTest {

  private static final String CARD = "6212827110199152";
  private static final String FUND = "012345678901";
  private static final long OPENING_FEN = 1_000_000_00L;
  private static final int KILLS = 3;
  private static final int CALLERS = 4;

  /** 10:00 in China, six hours before the day-cut: the run would need six hours to reach it. */
  private static final Instant BANK_START = Instant.parse("2026-03-02T02:00:00Z");

  private final Duration clockOffset = Duration.between(Instant.now(), BANK_START);
  private final Clock clock = Clock.offset(Clock.systemUTC(), clockOffset);
  private final Map<String, String> sent = new ConcurrentHashMap<>();
  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

  @Test
  void killNineAtRandomMomentsLosesNothingAndAppliesNothingTwice(@TempDir Path dir)
      throws Exception {
    Path config = DemoSetup.write(dir.resolve("keys"), RandomSource.seeded(11));
    Path data = dir.resolve("data");
    RandomSource chance = RandomSource.seeded(2026);
    int port = 0;
    for (int round = 0; round <= KILLS; round++) {
      try (ChildBank bank = new ChildBank(config, data, port, clockOffset)) {
        port = bank.port();
        Clients c = clients(dir.resolve("keys"), port, clock);
        if (round == 0) {
          setUp(c);
        }
        if (round == KILLS) {
          // The stand-alone bank journals to its append-only file (not H2): that is what the
          // kills tested.
          assertThat(data.resolve("bank.journal")).isNotEmptyFile();
          assertThat(data.resolve("bank.mv.db")).doesNotExist();
          verify(c);
          return;
        }
        loadAndKill(bank, c, round, 15 + chance.nextInt(40));
      }
    }
  }

  private void loadAndKill(ChildBank bank, Clients c, int round, int answers) throws Exception {
    int before = acknowledged.size();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < CALLERS; t++) {
      int caller = t;
      Thread th = new Thread(() -> drive(c, round, caller, stop));
      th.start();
      threads.add(th);
    }
    // The kill point is random: after a seeded number of answers in this round.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (acknowledged.size() - before < answers && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    // SIGKILL while the callers are still sending: requests are in flight, some already
    // committed but not yet answered.
    bank.kill();
    stop.set(true);
    for (Thread th : threads) {
      th.join(Duration.ofSeconds(30).toMillis());
    }
  }

  private void drive(Clients c, int round, int caller, AtomicBoolean stop) {
    for (int i = 0; !stop.get(); i++) {
      String serial = "C" + round + "-" + caller + "-" + i;
      String direction = i % 3 == 2 ? "SECURITIES_TO_BANK" : "BANK_TO_SECURITIES";
      sent.put(serial, direction);
      try {
        SignedClient.Reply r = c.broker.post("/v1/transfers", transfer(serial, direction, c));
        if (r.status() == 200 && r.signatureValid()) {
          acknowledged.put(
              serial,
              r.body().path("status").asText() + "/" + r.body().path("bankSerial").asText());
        }
      } catch (IOException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void verify(Clients c) throws Exception {
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(45);
    assertThat(sent.size())
        .as("requests in flight at the kills")
        .isGreaterThan(acknowledged.size());
    long expected = OPENING_FEN;
    Map<String, Integer> detailCount = new LinkedHashMap<>();
    for (Map.Entry<String, String> s : sent.entrySet()) {
      JsonNode q = c.broker.post("/v1/transfers/query", Map.of("brokerSerial", s.getKey())).body();
      String ack = acknowledged.get(s.getKey());
      if (ack != null) {
        assertThat(q.path("status").asText() + "/" + q.path("bankSerial").asText())
            .as(s.getKey())
            .isEqualTo(ack);
      }
      if (q.path("status").asText().equals("SUCCEEDED")) {
        expected += s.getValue().equals("BANK_TO_SECURITIES") ? -100 : 100;
      }
    }
    String businessDate = date(c);
    assertThat(businessDate)
        .as("the bank runs on the shifted clock")
        .isEqualTo(LocalDate.ofInstant(BANK_START, java.time.ZoneOffset.ofHours(8)).toString());
    String detail =
        c.admin
            .post(
                "/v1/admin/reconciliation/files",
                Map.of(
                    "brokerId",
                    "broker-1",
                    "businessDate",
                    businessDate,
                    "kind",
                    "TRANSFER_DETAIL"))
            .body()
            .path("content")
            .asText();
    for (String line : detail.split("\r\n")) {
      detailCount.merge(line.split(",")[1], 1, Integer::sum);
    }
    for (String serial : acknowledged.keySet()) {
      assertThat(detailCount.get(serial)).as("occurrences of " + serial).isEqualTo(1);
    }
    JsonNode books = c.admin.post("/v1/admin/books", Map.of()).body();
    assertThat(books.path("balanced").asBoolean()).isTrue();
    JsonNode card =
        c.admin.post("/v1/admin/cash", Map.of("bankAccount", CARD, "amount", "0")).body();
    assertThat(card.path("bankBalance").asText())
        .isEqualTo(java.math.BigDecimal.valueOf(expected, 2).toPlainString());
  }

  private String date(Clients c) throws Exception {
    return c.broker
        .post(
            "/v1/sign-in",
            Map.of("brokerSerial", "probe-" + System.nanoTime(), "businessDate", "2000-01-01"))
        .body()
        .path("bankBusinessDate")
        .asText(LocalDate.now(clock).toString());
  }

  private void setUp(Clients c) throws Exception {
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("bankAccount", CARD);
    account.put("customerName", "张三");
    account.put("idNumber", "11010119900307123X");
    account.put("mobile", "13812345678");
    account.put("password", "135790");
    account.put("balance", java.math.BigDecimal.valueOf(OPENING_FEN, 2).toPlainString());
    assertThat(c.admin.post("/v1/admin/accounts", account).code()).isEqualTo("SUCCESS");
    Map<String, Object> bind = new LinkedHashMap<>();
    bind.put("brokerSerial", "D1");
    bind.put("fundAccount", FUND);
    bind.put("customerName", "张三");
    bind.put("idNumber", "11010119900307123X");
    bind.put("mobile", "13812345678");
    bind.put("bankAccount", CARD);
    bind.put("bankPassword", c.password);
    assertThat(c.broker.post("/v1/bindings/designate", bind).code()).isEqualTo("SUCCESS");
  }

  private static Map<String, Object> transfer(String serial, String direction, Clients c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("brokerSerial", serial);
    body.put("direction", direction);
    body.put("fundAccount", FUND);
    body.put("bankAccount", CARD);
    body.put("amount", "1.00");
    body.put("currency", "CNY");
    if (direction.equals("BANK_TO_SECURITIES")) {
      body.put("bankPassword", c.password);
    }
    return body;
  }

  private record Clients(SignedClient broker, SignedClient admin, String password) {}

  private static Clients clients(Path keys, int port, Clock clock) throws IOException {
    URI base = URI.create("http://127.0.0.1:" + port);
    PublicKeyMaterial bank = KeyReader.publicKey(keys.resolve("bank-sm2-public.pem"));
    MessageVerifier bankVerifier = bank.verifier();
    SignedClient broker =
        new SignedClient(
            base,
            "broker-1-sm2",
            KeyReader.privateKey(keys.resolve("broker-1-private.pem"))
                .signer(RandomSource.secure()),
            bankVerifier,
            clock);
    SignedClient admin =
        new SignedClient(
            base,
            "admin",
            KeyReader.privateKey(keys.resolve("admin-private.pem")).signer(RandomSource.secure()),
            bankVerifier,
            clock);
    String password =
        Base64.getEncoder()
            .encodeToString(
                bank.encrypt(
                    "135790".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    RandomSource.secure()));
    return new Clients(broker, admin, password);
  }
}
