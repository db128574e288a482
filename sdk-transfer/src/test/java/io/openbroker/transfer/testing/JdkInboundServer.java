package io.openbroker.transfer.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.openbroker.transfer.InboundHandler;
import io.openbroker.transfer.InboundRequest;
import io.openbroker.transfer.InboundResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

/** The inbound handler mounted on the JDK's HTTP server (what an application would do). */
public final class JdkInboundServer implements AutoCloseable {

  private final HttpServer server;
  private final AtomicReference<InboundHandler> handler = new AtomicReference<>();

  public JdkInboundServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::serve);
    server.start();
  }

  /** Installs the handler (the bank may call before: it gets 503 and retries). */
  public void use(InboundHandler value) {
    handler.set(value);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      InboundHandler h = handler.get();
      if (h == null) {
        ex.sendResponseHeaders(503, -1);
        return;
      }
      InboundResponse r =
          h.handle(
              new InboundRequest(
                  ex.getRequestMethod(),
                  ex.getRequestURI().getPath(),
                  ex.getRequestHeaders()::getFirst,
                  body));
      r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(r.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
