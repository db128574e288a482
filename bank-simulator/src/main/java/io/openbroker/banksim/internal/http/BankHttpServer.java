package io.openbroker.banksim.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.internal.SuppressForbidden;
import io.openbroker.banksim.internal.core.Answer;
import io.openbroker.banksim.internal.fault.FaultInjector;
import io.openbroker.banksim.internal.fault.FaultInjector.Strike;
import io.openbroker.core.OpenBrokerException;
import io.openbroker.core.Sleeper;
import io.openbroker.core.TransientException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

  /** The broker operations by path, looked up once per request. */
  private static final Map<String, BankOperation> OPERATIONS =
      Arrays.stream(BankOperation.values())
          .filter(o -> !o.path().isEmpty())
          .collect(Collectors.toUnmodifiableMap(BankOperation::path, o -> o));

  /** Admin requests, signed with the admin key. */
  public interface AdminHandler {
    Answer handle(String path, byte[] body);
  }

  private final EnvelopeGate gate;
  private final BankRoutes routes;
  private final AdminHandler admin;
  private final FaultInjector faults;
  private final AnswerWriter writer;
  private final HttpServer server;
  private final ExecutorService executor;

  public BankHttpServer(
      InetSocketAddress address,
      int threads,
      EnvelopeGate gate,
      BankRoutes routes,
      AdminHandler admin,
      FaultInjector faults,
      Sleeper wireSleeper,
      Runnable crash)
      throws IOException {
    this.gate = gate;
    this.routes = routes;
    this.admin = admin;
    this.faults = faults;
    this.writer = new AnswerWriter(gate, wireSleeper, crash);
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
    byte[] body =
        readLimited(ex.getRequestBody(), ex.getRequestHeaders().getFirst("Content-Length"));
    if (body == null) {
      writer.refuse(
          ex, Optional.empty(), requestNonce, BankResultCode.BODY_TOO_LARGE, "body over 64 KiB");
      return;
    }
    Caller caller;
    try {
      caller = gate.verify(ex.getRequestMethod(), path, ex.getRequestHeaders()::getFirst, body);
    } catch (EnvelopeRefusal r) {
      writer.refuse(ex, Optional.empty(), requestNonce, r.code(), r.getMessage());
      return;
    }
    boolean isAdmin = caller.brokerId().equals(EnvelopeGate.ADMIN);
    if (path.startsWith("/v1/admin/") != isAdmin) {
      writer.refuse(
          ex,
          Optional.of(caller),
          requestNonce,
          BankResultCode.FORBIDDEN,
          isAdmin ? "the admin key may call /v1/admin/ only" : "admin paths need the admin key");
      return;
    }
    if (isAdmin) {
      writer.answer(ex, caller, dispatchAdmin(path, body), Optional.empty());
      return;
    }
    Optional<BankOperation> op = Optional.ofNullable(OPERATIONS.get(path));
    if (op.isEmpty() || !"POST".equals(ex.getRequestMethod())) {
      writer.refuse(
          ex,
          Optional.of(caller),
          requestNonce,
          BankResultCode.NO_SUCH_OPERATION,
          "no operation POST " + path);
      return;
    }
    Optional<Strike> strike = faults.next(op.get(), () -> serialOf(body));
    if (strike.isPresent() && !writer.before(ex, caller, strike.get())) {
      return;
    }
    Answer answer = dispatch(op.get(), caller, body);
    writer.answer(ex, caller, answer, strike);
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
      return AnswerWriter.error(
          BankResultCode.SERVICE_UNAVAILABLE, "not processed now; nothing applied, retry");
    }
    BankResultCode code = e.code() instanceof BankResultCode c ? c : BankResultCode.BAD_REQUEST;
    String message = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    return AnswerWriter.error(code, message);
  }

  private static String serialOf(byte[] body) {
    Matcher m = SERIAL.matcher(new String(body, StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : "";
  }

  /**
   * The body, or null if it is over the limit; sized by Content-Length when the caller sent one.
   */
  private static byte[] readLimited(InputStream in, String contentLength) throws IOException {
    long declared = -1;
    if (contentLength != null) {
      try {
        declared = Long.parseLong(contentLength.trim());
      } catch (NumberFormatException e) {
        declared = -1; // the server refuses such requests itself; read as if undeclared
      }
    }
    // A declared length needs no 8 KiB scratch buffer per request (readNBytes allocates one).
    int limit = declared >= 0 && declared <= MAX_BODY ? (int) declared + 1 : MAX_BODY + 1;
    byte[] body = in.readNBytes(limit);
    return body.length > MAX_BODY ? null : body;
  }
}
