package io.openbroker.banksim.internal.http;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.internal.core.Answer;
import io.openbroker.banksim.internal.core.Decision;
import io.openbroker.banksim.internal.fault.FaultInjector;
import io.openbroker.banksim.internal.fault.FaultInjector.Strike;
import io.openbroker.core.OpenBrokerException;
import io.openbroker.core.TransientException;
import io.openbroker.core.envelope.EnvelopeHeaders;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request, once its body is read: envelope check → route → injected fault → decision → signed
 * answer. Runs on a worker, which signs the answer at once; the journal's writer releases it to the
 * connection's IO thread when the decision is durable, so no worker waits for the journal. Struck
 * and admin requests move to the blocking pool.
 */
final class RequestPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

  private static final Pattern SERIAL =
      Pattern.compile("\"brokerSerial\"\\s*:\\s*\"([^\"]{1,64})\"");

  /** The broker operations by path, looked up once per request. */
  private static final Map<String, BankOperation> OPERATIONS =
      Arrays.stream(BankOperation.values())
          .filter(o -> !o.path().isEmpty())
          .collect(Collectors.toUnmodifiableMap(BankOperation::path, o -> o));

  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
  private static final Optional<Strike> NO_STRIKE = Optional.empty();

  private final EnvelopeGate gate;
  private final BankRoutes routes;
  private final BankHttpServer.AdminHandler admin;
  private final FaultInjector faults;
  private final AnswerWriter writer;
  private final Executor workers;
  private final Executor blocking;

  RequestPipeline(
      EnvelopeGate gate,
      BankRoutes routes,
      BankHttpServer.AdminHandler admin,
      FaultInjector faults,
      AnswerWriter writer,
      Executor workers,
      Executor blocking) {
    this.gate = gate;
    this.routes = routes;
    this.admin = admin;
    this.faults = faults;
    this.writer = writer;
    this.workers = workers;
    this.blocking = blocking;
  }

  void tooLarge(HttpServerExchange ex) {
    guarded(
        ex,
        () ->
            writer.refuse(
                ex,
                Optional.empty(),
                nonceOf(ex),
                BankResultCode.BODY_TOO_LARGE,
                "body over 64 KiB"));
  }

  void serve(HttpServerExchange ex, byte[] body) {
    guarded(ex, () -> verified(ex, body));
  }

  private void verified(HttpServerExchange ex, byte[] body)
      throws IOException, InterruptedException {
    String path = ex.getRequestPath();
    String method = ex.getRequestMethod().toString();
    Caller caller;
    try {
      caller = gate.verify(method, path, ex.getRequestHeaders()::getFirst, body);
    } catch (EnvelopeRefusal r) {
      writer.refuse(ex, Optional.empty(), nonceOf(ex), r.code(), r.getMessage());
      return;
    }
    boolean isAdmin = caller.brokerId().equals(EnvelopeGate.ADMIN);
    if (path.startsWith("/v1/admin/") != isAdmin) {
      String why =
          isAdmin ? "the admin key may call /v1/admin/ only" : "admin paths need the admin key";
      writer.refuse(ex, Optional.of(caller), caller.nonce(), BankResultCode.FORBIDDEN, why);
      return;
    }
    if (isAdmin) {
      blocking.execute(
          () -> guarded(ex, () -> writer.answer(ex, caller, admin(path, body), Optional.empty())));
      return;
    }
    BankOperation op = OPERATIONS.get(path);
    if (op == null || !"POST".equals(method)) {
      writer.refuse(
          ex,
          Optional.of(caller),
          caller.nonce(),
          BankResultCode.NO_SUCH_OPERATION,
          "no operation POST " + path);
      return;
    }
    Optional<Strike> strike = faults.next(op, () -> serialOf(body));
    if (strike.isPresent()) {
      blocking.execute(() -> guarded(ex, () -> struck(ex, caller, op, body, strike.get())));
      return;
    }
    Decision decision = decide(op, caller, body);
    // Signed now, on this worker, while the journal makes the decision durable; sent only once
    // it is. The journal's writer then hands it straight to the connection's IO thread: no
    // worker is woken again for this request.
    AnswerWriter.Signed signed = writer.sign(caller, decision.answer());
    decision
        .durable()
        .whenComplete(
            (ok, failure) -> {
              if (failure == null) {
                guarded(ex, () -> AnswerWriter.send(ex, signed));
              } else {
                workers.execute(
                    () -> guarded(ex, () -> writer.answer(ex, caller, unavailable(), NO_STRIKE)));
              }
            });
  }

  /** A request a fault strikes: before, then the decision (waited for here), then the answer. */
  private void struck(HttpServerExchange ex, Caller caller, BankOperation op, byte[] body, Strike s)
      throws IOException, InterruptedException {
    if (!writer.before(ex, caller, s)) {
      return;
    }
    Decision decision = decide(op, caller, body);
    Answer answer;
    try {
      decision.durable().join();
      answer = decision.answer();
    } catch (CompletionException e) {
      answer = unavailable();
    }
    writer.answer(ex, caller, answer, Optional.of(s));
  }

  private Decision decide(BankOperation op, Caller caller, byte[] body) {
    try {
      return routes.handle(op, caller, body);
    } catch (OpenBrokerException e) {
      return new Decision(failure(e), DONE);
    }
  }

  /** A failed commit: the decision's answer is never sent; the caller may retry. */
  private static Answer unavailable() {
    return AnswerWriter.error(
        BankResultCode.SERVICE_UNAVAILABLE, "not processed now; nothing applied, retry");
  }

  private Answer admin(String path, byte[] body) {
    try {
      return admin.handle(path, body);
    } catch (OpenBrokerException e) {
      return failure(e);
    }
  }

  private static Answer failure(OpenBrokerException e) {
    if (e instanceof TransientException) {
      return unavailable();
    }
    BankResultCode code = e.code() instanceof BankResultCode c ? c : BankResultCode.BAD_REQUEST;
    String message = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    return AnswerWriter.error(code, message);
  }

  private interface Step {
    void run() throws IOException, InterruptedException;
  }

  /** Runs a step; whatever goes wrong, the connection is not left hanging. */
  private static void guarded(HttpServerExchange ex, Step step) {
    try {
      step.run();
    } catch (IOException e) {
      LOG.debug("answer not delivered: {}", e.toString());
      Responder.hangUp(ex);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Responder.hangUp(ex);
    } catch (RuntimeException e) {
      LOG.error("unexpected failure serving {}", ex.getRequestPath(), e);
      Responder.hangUp(ex);
    }
  }

  private static String nonceOf(HttpServerExchange ex) {
    return Optional.ofNullable(ex.getRequestHeaders().getFirst(EnvelopeHeaders.NONCE)).orElse("");
  }

  private static String serialOf(byte[] body) {
    Matcher m = SERIAL.matcher(new String(body, StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : "";
  }
}
