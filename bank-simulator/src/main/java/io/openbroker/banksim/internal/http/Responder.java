package io.openbroker.banksim.internal.http;

import com.sun.net.httpserver.HttpExchange;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.internal.SuppressForbidden;
import io.openbroker.core.Sleeper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;

/** Writes an answer on an exchange: in one piece, or a byte at a time for the slow-loris fault. */
@SuppressForbidden(
    reason =
        "com.sun.net.httpserver is the JDK's supported, exported HTTP server API (jdk.httpserver)")
final class Responder {

  private Responder() {}

  static int httpStatus(BankResultCode code) {
    return switch (code.kind()) {
      case SUCCESS, REFUSAL -> 200;
      case UNAVAILABLE -> 503;
      case UNAUTHENTICATED -> code == BankResultCode.FORBIDDEN ? 403 : 401;
      case REJECTED ->
          switch (code) {
            case EXISTS_WITH_DIFFERENT_CONTENT -> 409;
            case BODY_TOO_LARGE -> 413;
            case NO_SUCH_OPERATION -> 404;
            default -> 400;
          };
    };
  }

  static void write(HttpExchange ex, int status, Map<String, String> headers, byte[] body)
      throws IOException {
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static void writeSlowly(
      HttpExchange ex,
      int status,
      Map<String, String> headers,
      byte[] body,
      Sleeper sleeper,
      Duration gap)
      throws IOException, InterruptedException {
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      for (byte b : body) {
        out.write(b);
        out.flush();
        sleeper.sleep(gap);
      }
    }
  }
}
