package io.openbroker.banksim.internal.http;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.internal.core.Answer;
import io.openbroker.banksim.internal.fault.FaultInjector.Strike;
import io.openbroker.banksim.internal.wire.ErrorReply;
import io.openbroker.banksim.internal.wire.WireJson;
import io.openbroker.core.Sleeper;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the bank's signed answers, and the broken ones injected faults call for: faults that
 * strike before processing ({@link #before}) and those that strike the answer ({@link #answer}).
 * Every path ends the exchange: an answer, a hang-up or a reset. Faults that sleep block their
 * thread, so the server runs struck requests off its worker pool.
 */
final class AnswerWriter {

  private final EnvelopeGate gate;
  private final Sleeper wireSleeper;
  private final Runnable crash;

  AnswerWriter(EnvelopeGate gate, Sleeper wireSleeper, Runnable crash) {
    this.gate = gate;
    this.wireSleeper = wireSleeper;
    this.crash = crash;
  }

  /** Applies a fault that strikes before processing; false if the request ends here. */
  boolean before(HttpServerExchange ex, Caller caller, Strike strike) throws InterruptedException {
    FaultKind kind = strike.rule().kind();
    switch (kind) {
      case DELAY -> wireSleeper.sleep(strike.rule().duration());
      case TIMEOUT -> {
        wireSleeper.sleep(strike.rule().duration());
        Responder.hangUp(ex);
        return false;
      }
      case CONNECTION_RESET -> {
        Responder.reset(ex);
        return false;
      }
      case HTTP_5XX -> {
        Responder.writeText(ex, 503, "503 Service Unavailable".getBytes(StandardCharsets.US_ASCII));
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

  void answer(HttpServerExchange ex, Caller caller, Answer answer, Optional<Strike> strike)
      throws IOException, InterruptedException {
    FaultKind kind = strike.map(s -> s.rule().kind()).orElse(null);
    if (kind == FaultKind.DROP_AFTER_COMMIT) {
      Responder.hangUp(ex);
      return;
    }
    if (kind == FaultKind.CRASH_RESTART) {
      Responder.hangUp(ex);
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

  /** An answer signed and ready to send: it may wait for its decision to become durable. */
  record Signed(int status, Map<String, String> headers, byte[] body) {}

  /** Signs an answer struck by no fault. */
  Signed sign(Caller caller, Answer answer) {
    int status = Responder.httpStatus(answer.code());
    byte[] body = answer.body();
    return new Signed(
        status,
        gate.sign(
            Optional.of(caller.algorithm()), status, caller.nonce(), body, Duration.ZERO, false),
        body);
  }

  static void send(HttpServerExchange ex, Signed signed) {
    Responder.write(ex, signed.status(), signed.headers(), signed.body());
  }

  void refuse(
      HttpServerExchange ex,
      Optional<Caller> caller,
      String nonce,
      BankResultCode code,
      String message) {
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
}
