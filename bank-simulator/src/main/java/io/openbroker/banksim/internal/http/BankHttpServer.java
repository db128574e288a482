package io.openbroker.banksim.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.internal.SuppressForbidden;
import io.openbroker.banksim.internal.core.Answer;
import io.openbroker.banksim.internal.fault.FaultInjector;
import io.openbroker.banksim.internal.fault.FaultInjector.Strike;
import io.openbroker.banksim.internal.wire.ErrorReply;
import io.openbroker.banksim.internal.wire.WireJson;
import io.openbroker.core.OpenBrokerException;
import io.openbroker.core.Sleeper;
import io.openbroker.core.TransientException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bank's HTTP/1.1 server (the JDK's built-in server; run the JVM with {@code
 * -Dsun.net.httpserver.nodelay=true}, or each answer waits ~40 ms on Nagle's algorithm). Every
 * request goes: size limit → envelope check → route → injected fault → decision → signed answer.
 */
@SuppressForbidden(
    reason =
        "com.sun.net.httpserver is the JDK's supported, exported HTTP server API (jdk.httpserver)")
public final class BankHttpServer {

  private static final Logger LOG = LoggerFactory.getLogger(BankHttpServer.class);

  /** Request bodies above 64 KiB are refused (SPEC §6). */
  public static final int MAX_BODY = 64 * 1024;

  private static final Pattern SERIAL =
      Pattern.compile("\"brokerSerial\"\\s*:\\s*\"([^\"]{1,64})\"");

  /** Admin requests, signed with the admin key. */
  public interface AdminHandler {
    Answer handle(String path, byte[] body);
  }

  private final EnvelopeGate gate;
  private final BankRoutes routes;
  private final AdminHandler admin;
  private final FaultInjector faults;
  private final Clock clock;
  private final Sleeper wireSleeper;
  private final Runnable crash;
  private final HttpServer server;
  private final ExecutorService executor;

  public BankHttpServer(
      InetSocketAddress address,
      int threads,
      EnvelopeGate gate,
      BankRoutes routes,
      AdminHandler admin,
      FaultInjector faults,
      Clock clock,
      Sleeper wireSleeper,
      Runnable crash)
      throws IOException {
    this.gate = gate;
    this.routes = routes;
    this.admin = admin;
    this.faults = faults;
    this.clock = clock;
    this.wireSleeper = wireSleeper;
    this.crash = crash;
    this.server = HttpServer.create(address, 1024);
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t =
                  new Thread(r, "bank-http-" + address.getPort() + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops at once: open exchanges are dropped (as in a crash). */
  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) {
    String requestNonce =
        Optional.ofNullable(
                ex.getRequestHeaders().getFirst(io.openbroker.core.envelope.EnvelopeHeaders.NONCE))
            .orElse("");
    try {
      serve(ex, requestNonce);
    } catch (IOException e) {
      LOG.debug("answer not delivered: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("unexpected failure serving {}", ex.getRequestURI().getPath(), e);
    } finally {
      ex.close();
    }
  }

  private void serve(HttpExchange ex, String requestNonce)
      throws IOException, InterruptedException {
    String path = ex.getRequestURI().getPath();
    byte[] body = readLimited(ex.getRequestBody());
    if (body == null) {
      refuse(ex, Optional.empty(), requestNonce, BankResultCode.BODY_TOO_LARGE, "body over 64 KiB");
      return;
    }
    Caller caller;
    try {
      caller = gate.verify(ex.getRequestMethod(), path, ex.getRequestHeaders()::getFirst, body);
    } catch (EnvelopeRefusal r) {
      refuse(ex, Optional.empty(), requestNonce, r.code(), r.getMessage());
      return;
    }
    boolean isAdmin = caller.brokerId().equals(EnvelopeGate.ADMIN);
    if (path.startsWith("/v1/admin/") != isAdmin) {
      refuse(
          ex,
          Optional.of(caller),
          requestNonce,
          BankResultCode.FORBIDDEN,
          isAdmin ? "the admin key may call /v1/admin/ only" : "admin paths need the admin key");
      return;
    }
    if (isAdmin) {
      answer(ex, caller, dispatchAdmin(path, body), Optional.empty());
      return;
    }
    Optional<BankOperation> op =
        Arrays.stream(BankOperation.values())
            .filter(o -> !o.path().isEmpty() && o.path().equals(path))
            .findFirst();
    if (op.isEmpty() || !"POST".equals(ex.getRequestMethod())) {
      refuse(
          ex,
          Optional.of(caller),
          requestNonce,
          BankResultCode.NO_SUCH_OPERATION,
          "no operation POST " + path);
      return;
    }
    Optional<Strike> strike = faults.next(op.get(), serialOf(body));
    if (strike.isPresent() && !before(ex, caller, strike.get())) {
      return;
    }
    Answer answer = dispatch(op.get(), caller, body);
    answer(ex, caller, answer, strike);
  }

  /** Applies a fault that strikes before processing; false if the request ends here. */
  private boolean before(HttpExchange ex, Caller caller, Strike strike)
      throws IOException, InterruptedException {
    FaultKind kind = strike.rule().kind();
    switch (kind) {
      case DELAY -> wireSleeper.sleep(strike.rule().duration());
      case TIMEOUT -> {
        wireSleeper.sleep(strike.rule().duration());
        return false;
      }
      case CONNECTION_RESET -> {
        return false;
      }
      case HTTP_5XX -> {
        byte[] text = "503 Service Unavailable".getBytes(StandardCharsets.US_ASCII);
        ex.getResponseHeaders().set("Content-Type", "text/plain");
        ex.sendResponseHeaders(503, text.length);
        ex.getResponseBody().write(text);
        return false;
      }
      case FAIL_BEFORE_COMMIT -> {
        Answer failed =
            error(
                BankResultCode.SERVICE_UNAVAILABLE,
                "injected failure before commit; nothing applied");
        byte[] body = failed.body();
        Map<String, String> headers =
            gate.sign(
                Optional.of(caller.algorithm()), 500, caller.nonce(), body, Duration.ZERO, false);
        Responder.write(ex, 500, headers, body);
        return false;
      }
      default -> {
        // The others strike after processing.
      }
    }
    return true;
  }

  private void answer(HttpExchange ex, Caller caller, Answer answer, Optional<Strike> strike)
      throws IOException, InterruptedException {
    FaultKind kind = strike.map(s -> s.rule().kind()).orElse(null);
    if (kind == FaultKind.DROP_AFTER_COMMIT) {
      return;
    }
    if (kind == FaultKind.CRASH_RESTART) {
      crash.run();
      return;
    }
    Duration skew = kind == FaultKind.CLOCK_SKEW ? strike.get().rule().duration() : Duration.ZERO;
    int status = Responder.httpStatus(answer.code());
    byte[] body = answer.body();
    Map<String, String> headers =
        gate.sign(
            Optional.of(caller.algorithm()),
            status,
            caller.nonce(),
            body,
            skew,
            kind == FaultKind.CORRUPT_SIGNATURE);
    if (kind == FaultKind.SLOW_RESPONSE) {
      Responder.writeSlowly(ex, status, headers, body, wireSleeper, strike.get().rule().duration());
    } else {
      Responder.write(ex, status, headers, body);
    }
  }

  private Answer dispatch(BankOperation op, Caller caller, byte[] body) {
    try {
      return routes.handle(op, caller, body);
    } catch (OpenBrokerException e) {
      return failure(e);
    }
  }

  private Answer dispatchAdmin(String path, byte[] body) {
    try {
      return admin.handle(path, body);
    } catch (OpenBrokerException e) {
      return failure(e);
    }
  }

  private static Answer failure(OpenBrokerException e) {
    if (e instanceof TransientException) {
      return error(BankResultCode.SERVICE_UNAVAILABLE, "not processed now; nothing applied, retry");
    }
    BankResultCode code = e.code() instanceof BankResultCode c ? c : BankResultCode.BAD_REQUEST;
    String message = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    return error(code, message);
  }

  private void refuse(
      HttpExchange ex, Optional<Caller> caller, String nonce, BankResultCode code, String message)
      throws IOException {
    Answer a =
        error(
            code,
            message.startsWith(code.code() + ": ")
                ? message.substring(code.code().length() + 2)
                : message);
    int status = Responder.httpStatus(code);
    byte[] body = a.body();
    Map<String, String> headers =
        gate.sign(caller.map(Caller::algorithm), status, nonce, body, Duration.ZERO, false);
    Responder.write(ex, status, headers, body);
  }

  static Answer error(BankResultCode code, String message) {
    return new Answer(code, WireJson.write(new ErrorReply(code.code(), message)));
  }

  private static String serialOf(byte[] body) {
    Matcher m = SERIAL.matcher(new String(body, StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : "";
  }

  private static byte[] readLimited(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY + 1);
    return body.length > MAX_BODY ? null : body;
  }
}
