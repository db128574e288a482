package io.openbroker.banksim.internal.http;

import com.sun.net.httpserver.HttpExchange;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.internal.SuppressForbidden;
import io.openbroker.banksim.internal.core.Answer;
import io.openbroker.banksim.internal.fault.FaultInjector.Strike;
import io.openbroker.banksim.internal.wire.ErrorReply;
import io.openbroker.banksim.internal.wire.WireJson;
import io.openbroker.core.Sleeper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the bank's signed answers, and the broken ones injected faults call for: faults that
 * strike before processing ({@link #before}) and those that strike the answer ({@link #answer}).
 */
@SuppressForbidden(
    reason =
        "com.sun.net.httpserver is the JDK's supported, exported HTTP server API (jdk.httpserver)")
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
  boolean before(HttpExchange ex, Caller caller, Strike strike)
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

  void answer(HttpExchange ex, Caller caller, Answer answer, Optional<Strike> strike)
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

  void refuse(
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
}
