package io.openbroker.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.openbroker.transfer.InboundHandler;
import io.openbroker.transfer.InboundRequest;
import io.openbroker.transfer.InboundResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's inbound endpoint for bank-initiated messages (docs/PROTOCOL.md §5): an {@link
 * InboundHandler} mounted on the JDK's own HTTP server ({@code com.sun.net.httpserver}), so no web
 * framework is needed. The handler does all the work (verify, apply once, answer signed); this
 * class only copies bytes and headers between the exchange and the handler.
 *
 * <pre>{@code
 * try (JdkInboundEndpoint endpoint =
 *     JdkInboundEndpoint.start(new InetSocketAddress("0.0.0.0", 8089), handler)) {
 *   // register endpoint.uri() with the bank as the broker's endpoint
 * }
 * }</pre>
 */
@SuppressForbidden(
    reason =
        "com.sun.net.httpserver is the JDK's supported, exported HTTP server API (jdk.httpserver)")
public final class JdkInboundEndpoint implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdkInboundEndpoint.class);
  private static final int BACKLOG = 64;
  private static final int THREADS = 8;

  private final HttpServer server;
  private final ExecutorService pool;

  private JdkInboundEndpoint(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  /**
   * Starts listening on {@code address} (port 0: any free port) and serves every path under {@code
   * /v1/bank-initiated/} with {@code handler}; other paths get the handler's signed 404 too.
   */
  public static JdkInboundEndpoint start(InetSocketAddress address, InboundHandler handler)
      throws IOException {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(handler, "handler");
    HttpServer server = HttpServer.create(address, BACKLOG);
    // The handler blocks on the database: a small pool keeps one slow commit from stalling others.
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, JdkInboundEndpoint::daemon);
    server.setExecutor(pool);
    server.createContext("/", exchange -> serve(handler, exchange));
    server.start();
    return new JdkInboundEndpoint(server, pool);
  }

  /** The base URI the bank should call, e.g. {@code http://127.0.0.1:8089}. */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getHostString();
    return URI.create("http://" + host + ":" + a.getPort());
  }

  private static void serve(InboundHandler handler, HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      InboundResponse answer =
          handler.handle(
              new InboundRequest(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders()::getFirst,
                  body));
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      int length = answer.body().length;
      exchange.sendResponseHeaders(answer.status(), length == 0 ? -1 : length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer.body());
      }
    } catch (IOException | RuntimeException e) {
      // The bank sends again until it hears a definite answer: a lost exchange costs a retry.
      LOG.warn("inbound exchange failed: {}", e.toString());
      throw e;
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "inbound-endpoint");
    t.setDaemon(true);
    return t;
  }

  /** Stops listening (exchanges in progress get a second to finish). */
  @Override
  public void close() {
    server.stop(1);
    pool.shutdown();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
