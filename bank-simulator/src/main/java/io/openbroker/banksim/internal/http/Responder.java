package io.openbroker.banksim.internal.http;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.core.Sleeper;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import org.xnio.IoUtils;
import org.xnio.Options;

/**
 * Writes an answer on an exchange: in one piece, or a byte at a time for the slow-loris fault; or
 * ends the connection without one (a clean close, or a TCP reset).
 */
final class Responder {

  private static final String JSON = "application/json; charset=utf-8";

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

  /** Sends the answer; the exchange ends when the last byte is written (keep-alive stays). */
  static void write(HttpServerExchange ex, int status, Map<String, String> headers, byte[] body) {
    head(ex, status, headers, JSON, body.length);
    send(ex, body);
  }

  static void writeText(HttpServerExchange ex, int status, byte[] body) {
    head(ex, status, Map.of(), "text/plain", body.length);
    send(ex, body);
  }

  /**
   * Sends on the connection's IO thread. Ending an exchange on another thread makes Undertow hand
   * the connection back to its IO thread through a spin on a shared state word; on a busy machine
   * the IO thread spun there for a third of its samples (JFR) while the worker was descheduled.
   */
  private static void send(HttpServerExchange ex, byte[] body) {
    if (ex.isInIoThread()) {
      ex.getResponseSender().send(ByteBuffer.wrap(body));
    } else {
      ex.getIoThread().execute(() -> ex.getResponseSender().send(ByteBuffer.wrap(body)));
    }
  }

  /** Sends the body a byte at a time with a gap after each (blocking: call off the IO threads). */
  static void writeSlowly(
      HttpServerExchange ex,
      int status,
      Map<String, String> headers,
      byte[] body,
      Sleeper sleeper,
      Duration gap)
      throws IOException, InterruptedException {
    head(ex, status, headers, JSON, body.length);
    ex.startBlocking();
    try (OutputStream out = ex.getOutputStream()) {
      for (byte b : body) {
        out.write(b);
        out.flush();
        sleeper.sleep(gap);
      }
    }
    ex.endExchange();
  }

  /** Closes the connection without an answer: the caller reads end-of-stream. */
  static void hangUp(HttpServerExchange ex) {
    IoUtils.safeClose(ex.getConnection());
  }

  /**
   * Aborts the connection with a TCP reset (SO_LINGER 0, then close): the caller reads "connection
   * reset", not end-of-stream.
   */
  static void reset(HttpServerExchange ex) {
    try {
      ex.getConnection().setOption(Options.CLOSE_ABORT, true);
    } catch (IOException | RuntimeException e) {
      // Already closed: there is nothing left to reset.
    }
    IoUtils.safeClose(ex.getConnection());
  }

  private static void head(
      HttpServerExchange ex, int status, Map<String, String> headers, String type, int length) {
    ex.setStatusCode(status);
    HeaderMap out = ex.getResponseHeaders();
    headers.forEach((k, v) -> out.put(HttpString.tryFromString(k), v));
    out.put(Headers.CONTENT_TYPE, type);
    ex.setResponseContentLength(length);
  }
}
