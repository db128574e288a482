package io.openbroker.banksim.internal.http;

import io.openbroker.banksim.internal.core.Answer;
import io.openbroker.banksim.internal.fault.FaultInjector;
import io.openbroker.core.Sleeper;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.Options;
import org.xnio.XnioWorker;

/**
 * The bank's HTTP/1.1 server, on Undertow. Its IO threads (one per two cores) keep the keep-alive
 * connections and read each request body without blocking; the work that costs — signature checks,
 * decisions, signing the answer — runs on a worker pool of {@code threads} (default: the cores). No
 * thread waits for the journal: an answer is signed and sent when its commit completes (see {@link
 * RequestPipeline}). Requests struck by a fault that sleeps, and admin requests, run on a separate
 * pool so that they never stall the workers. TCP_NODELAY is on: each answer goes out in one write,
 * and nothing waits for the client's delayed ACK.
 */
public final class BankHttpServer {

  private static final Logger LOG = LoggerFactory.getLogger(BankHttpServer.class);

  /** Request bodies above 64 KiB are refused (SPEC §6). */
  public static final int MAX_BODY = 64 * 1024;

  /** Admin requests, signed with the admin key. */
  public interface AdminHandler {
    Answer handle(String path, byte[] body);
  }

  private final ExecutorService workers;
  private final ExecutorService blocking;
  private final RequestPipeline pipeline;
  private final Undertow server;

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
    String name = "bank-http-" + address.getPort();
    this.workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            daemons(name + "-worker-"));
    this.blocking = Executors.newCachedThreadPool(daemons(name + "-blocking-"));
    AnswerWriter writer = new AnswerWriter(gate, wireSleeper, crash);
    this.pipeline = new RequestPipeline(gate, routes, admin, faults, writer, workers, blocking);
    int cores = Runtime.getRuntime().availableProcessors();
    this.server =
        Undertow.builder()
            .addHttpListener(address.getPort(), address.getHostString())
            // One IO thread per two cores: the IO work is ~10% of a transfer's CPU, and a busier
            // selector finds more ready connections per wake-up (2 cores, 3 runs each: 53-59% of
            // pure crypto per CPU-second against 52-55% with one IO thread per core).
            .setIoThreads(Math.max(1, cores / 2))
            // Undertow's own worker pool stays unused: the bank runs its work on its own pools.
            .setWorkerThreads(1)
            .setSocketOption(Options.TCP_NODELAY, true)
            .setSocketOption(Options.REUSE_ADDRESSES, true)
            .setSocketOption(Options.BACKLOG, 1024)
            // stop() is a crash: open connections are dropped at once.
            .setServerOption(UndertowOptions.SHUTDOWN_TIMEOUT, 0)
            .setHandler(this::receive)
            .build();
    try {
      server.start();
    } catch (RuntimeException e) {
      workers.shutdownNow();
      blocking.shutdownNow();
      // Undertow wraps a failure to bind (port taken) in a RuntimeException.
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  public int port() {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /**
   * Stops at once: open exchanges are dropped (as in a crash). Returns once the IO threads have
   * ended: only then is the listening socket really closed (NIO closes a registered channel when
   * its selector lets go of it), so that a restart can bind the same port.
   */
  public void stop() {
    XnioWorker io = server.getWorker();
    server.stop();
    workers.shutdownNow();
    blocking.shutdownNow();
    try {
      if (io != null && !io.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("the HTTP IO threads did not end within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** On an IO thread: reads the whole body (up to the limit) and hands it to the workers. */
  private void receive(HttpServerExchange ex) {
    if (ex.getRequestContentLength() > MAX_BODY) {
      ex.dispatch(workers, () -> pipeline.tooLarge(ex));
      return;
    }
    ex.getRequestReceiver().setMaxBufferSize(MAX_BODY);
    ex.getRequestReceiver()
        .receiveFullBytes(
            (e, body) -> e.dispatch(workers, () -> pipeline.serve(e, body)),
            (e, failure) -> {
              if (failure instanceof RequestTooBigException) {
                e.dispatch(workers, () -> pipeline.tooLarge(e));
              } else {
                Responder.hangUp(e);
              }
            });
  }

  private static java.util.concurrent.ThreadFactory daemons(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
