package io.openbroker.banksim.internal.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultRule;
import io.openbroker.banksim.internal.books.Amounts;
import io.openbroker.banksim.internal.books.Books;
import io.openbroker.banksim.internal.books.OutboundMessage;
import io.openbroker.banksim.internal.core.BankCore;
import io.openbroker.banksim.internal.desk.OutboundDesk;
import io.openbroker.banksim.internal.fault.FaultInjector;
import io.openbroker.banksim.internal.http.EnvelopeGate;
import io.openbroker.banksim.internal.wire.WireJson;
import io.openbroker.core.RandomSource;
import io.openbroker.core.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers pending bank-initiated messages to their brokers, signed, and retries each until the
 * broker answers definitively (a verified HTTP 200 with a result code), with exponential backoff
 * and jitter capped at 30 s. The message's bank serial is its idempotency key on every attempt.
 * Pending messages are in the journal, so a restarted bank resumes delivering them.
 */
public final class OutboundSender implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboundSender.class);
  private static final Duration IDLE = Duration.ofMillis(20);
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  private final Supplier<BankCore> core;
  private final Map<String, BrokerRegistration> brokers = new HashMap<>();
  private final EnvelopeGate gate;
  private final FaultInjector faults;
  private final Sleeper sleeper;
  private final RandomSource random;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Map<String, Retry> retries = new HashMap<>();
  private final Thread thread;
  private volatile boolean closed;

  private record Retry(int attempts, long notBeforeNanos) {}

  /** A verified, definite answer from a broker. */
  private record BrokerAnswer(boolean accepted, String brokerSerial, String code) {}

  public OutboundSender(
      Supplier<BankCore> core,
      List<BrokerRegistration> registrations,
      EnvelopeGate gate,
      FaultInjector faults,
      Sleeper sleeper,
      RandomSource random,
      String name) {
    this.core = core;
    registrations.forEach(b -> brokers.put(b.brokerId(), b));
    this.gate = gate;
    this.faults = faults;
    this.sleeper = sleeper;
    this.random = random;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    while (!closed) {
      try {
        List<OutboundMessage> pending = core.get().read(Books::pendingOutbound);
        boolean sent = false;
        for (OutboundMessage m : pending) {
          Retry r = retries.get(m.bankSerial());
          if (r == null || System.nanoTime() >= r.notBeforeNanos()) {
            attempt(m);
            sent = true;
          }
        }
        if (!sent) {
          idle();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("bank-initiated delivery round failed: {}", e.toString());
        sleepQuietly();
      }
    }
  }

  private void attempt(OutboundMessage m) throws InterruptedException {
    BrokerRegistration broker = brokers.get(m.brokerId());
    if (broker == null || broker.endpoint().isEmpty()) {
      retryLater(m, "no endpoint for broker " + m.brokerId());
      return;
    }
    Optional<FaultRule> struck =
        faults.next(BankOperation.BANK_INITIATED, m.bankSerial()).map(s -> s.rule());
    struck.filter(r -> r.kind() == FaultKind.DELAY).ifPresent(r -> sleepQuietly(r.duration()));
    Optional<FaultKind> fault = struck.map(FaultRule::kind);
    // A skewed clock stamps the envelope's timestamp only: the body must stay the same on every
    // attempt, or the broker would see the same bank serial with different content.
    Duration skew =
        struck
            .filter(r -> r.kind() == FaultKind.CLOCK_SKEW)
            .map(FaultRule::duration)
            .orElse(Duration.ZERO);
    if (fault
        .filter(
            k ->
                k == FaultKind.CONNECTION_RESET
                    || k == FaultKind.TIMEOUT
                    || k == FaultKind.HTTP_5XX
                    || k == FaultKind.FAIL_BEFORE_COMMIT)
        .isPresent()) {
      retryLater(m, "injected " + fault.get() + " before sending");
      return;
    }
    int copies = fault.filter(k -> k == FaultKind.DUPLICATE_DELIVERY).isPresent() ? 2 : 1;
    Optional<BrokerAnswer> answer = Optional.empty();
    for (int i = 0; i < copies; i++) {
      answer = send(broker, m, skew);
    }
    if (fault.filter(k -> k == FaultKind.DROP_AFTER_COMMIT).isPresent()) {
      retryLater(m, "injected loss of the broker's answer");
      return;
    }
    if (answer.isEmpty()) {
      retryLater(m, "no definite answer");
      return;
    }
    BrokerAnswer a = answer.get();
    core.get()
        .change(
            ctx ->
                OutboundDesk.answered(
                    ctx, m.bankSerial(), a.accepted(), a.brokerSerial(), a.code()));
    retries.remove(m.bankSerial());
    LOG.info(
        "bank-initiated {} {} answered {} by {}", m.kind(), m.bankSerial(), a.code(), m.brokerId());
  }

  private Optional<BrokerAnswer> send(BrokerRegistration broker, OutboundMessage m, Duration skew) {
    String path =
        m.kind() == OutboundMessage.Kind.TRANSFER
            ? "/v1/bank-initiated/transfers"
            : "/v1/bank-initiated/reversals";
    byte[] body = WireJson.bytes(message(m));
    Map<String, String> headers = gate.signRequest(broker.verifier().algorithm(), path, body, skew);
    URI uri = URI.create(broker.endpoint().get().toString().replaceAll("/$", "") + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", "application/json");
    headers.forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      String nonce = headers.get(io.openbroker.core.envelope.EnvelopeHeaders.NONCE);
      boolean authentic =
          gate.verifyBrokerAnswer(
              broker.keyId(),
              response.statusCode(),
              nonce,
              name -> response.headers().firstValue(name).orElse(null),
              response.body());
      if (!authentic || response.statusCode() != 200) {
        return Optional.empty();
      }
      JsonNode json = new ObjectMapper().readTree(response.body());
      String code = json.path("resultCode").asText("");
      if (code.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new BrokerAnswer(code.equals("SUCCESS"), json.path("brokerSerial").asText(""), code));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Map<String, Object> message(OutboundMessage m) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("bankSerial", m.bankSerial());
    if (m.kind() == OutboundMessage.Kind.REVERSAL) {
      body.put("originalBankSerial", m.originalBankSerial());
    }
    body.put("direction", m.direction().name());
    body.put("fundAccount", m.fundAccount());
    body.put("bankAccount", m.bankAccount());
    body.put("amount", Amounts.yuan(m.amountFen()));
    body.put("currency", "CNY");
    body.put(
        "businessDate",
        LocalDate.parse(m.bankSerial().substring(1, 9), DateTimeFormatter.BASIC_ISO_DATE)
            .toString());
    body.put("systemTime", m.systemTime().toString());
    return body;
  }

  private void retryLater(OutboundMessage m, String why) {
    int attempts = retries.getOrDefault(m.bankSerial(), new Retry(0, 0)).attempts() + 1;
    long cap =
        Math.min(MAX_BACKOFF.toNanos(), FIRST_BACKOFF.toNanos() << Math.min(attempts - 1, 20));
    long jittered = cap / 2 + (long) (random.nextDouble() * (cap / 2));
    retries.put(m.bankSerial(), new Retry(attempts, System.nanoTime() + jittered));
    LOG.debug(
        "bank-initiated {} attempt {} not definite ({}); retrying", m.bankSerial(), attempts, why);
  }

  private void sleepQuietly() {
    try {
      idle();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for new work or the next retry, whichever comes first (at most {@code IDLE}). */
  private synchronized void idle() throws InterruptedException {
    wait(IDLE.toMillis());
  }

  /** New messages are pending: look now. */
  public synchronized void wake() {
    notifyAll();
  }

  private void sleepQuietly(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
