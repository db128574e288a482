package io.openbroker.banksim.internal.core;

import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.fault.FaultInjector;
import io.openbroker.banksim.internal.http.BankHttpServer;
import io.openbroker.banksim.internal.http.BankRoutes;
import io.openbroker.banksim.internal.http.EnvelopeGate;
import io.openbroker.banksim.internal.outbound.OutboundSender;
import io.openbroker.banksim.internal.recon.ReconFiles;
import io.openbroker.banksim.internal.store.EventJournal;
import io.openbroker.banksim.internal.store.FileEventJournal;
import io.openbroker.banksim.internal.store.JdbcEventJournal;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import io.openbroker.core.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running bank: its journal, books, HTTP server and fault injector, with crash-and-restart on the
 * same port (books rebuilt from the journal; the fault plan and its log survive, as they belong to
 * the test driving the bank, not to the bank).
 */
public final class BankRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BankRuntime.class);

  private final BankConfig config;
  private final FaultInjector faults = new FaultInjector();
  private final EnvelopeGate gate;
  private final ReconFiles recon = new ReconFiles();
  private final Function<BankRuntime, BankHttpServer.AdminHandler> adminFactory;
  private volatile BankCore core;
  private EventJournal journal;
  private volatile BankHttpServer server;
  private volatile OutboundSender outbound;
  private int port;
  private int restarts;
  // Set from the moment a fault asks for a crash until the restart is done: the in-process handle
  // then waits for the new books instead of reaching into the old, closed ones.
  private boolean restarting;

  public BankRuntime(
      BankConfig config, Function<BankRuntime, BankHttpServer.AdminHandler> adminFactory) {
    this.config = config;
    this.adminFactory = adminFactory;
    Map<String, EnvelopeGate.Party> parties = new HashMap<>();
    for (BrokerRegistration b : config.brokers()) {
      parties.put(b.keyId(), new EnvelopeGate.Party(b.brokerId(), b.verifier()));
    }
    config
        .admin()
        .ifPresent(
            a -> parties.put(a.keyId(), new EnvelopeGate.Party(EnvelopeGate.ADMIN, a.verifier())));
    this.gate = new EnvelopeGate(parties, config.bankKeys(), config.effects());
    this.port = config.port();
    open();
  }

  private synchronized void open() {
    String writer = "bank-journal-" + port;
    // A data directory journals to a file; an in-memory or external JDBC store to its table.
    journal =
        config.store() instanceof StoreLocation.H2File dir
            ? FileEventJournal.open(dir, writer)
            : new JdbcEventJournal(config.store().dataSource(), writer);
    core = new BankCore(journal, config.rules(), config.effects().clock());
    core.change(ctx -> firstSignIns(ctx.books().brokerIds(), ctx.bankDate()));
    try {
      server =
          new BankHttpServer(
              new InetSocketAddress(config.host(), port),
              config.threads(),
              gate,
              new BankRoutes(() -> core, gate, recon),
              adminFactory.apply(this),
              faults,
              config.wireSleeper(),
              this::crashLater);
    } catch (IOException e) {
      journal.close();
      throw new UncheckedIOException("cannot listen on " + config.host() + ":" + port, e);
    }
    port = server.port();
    outbound =
        new OutboundSender(
            () -> core,
            config.brokers(),
            gate,
            faults,
            config.wireSleeper(),
            config.effects().random(),
            "bank-outbound-" + port);
  }

  /** Asks the sender to deliver newly pending bank-initiated messages now. */
  public void wakeOutbound() {
    outbound.wake();
  }

  private List<BookEvent> firstSignIns(List<String> known, java.time.LocalDate date) {
    return config.brokers().stream()
        .map(BrokerRegistration::brokerId)
        .filter(id -> !known.contains(id))
        .distinct()
        .<BookEvent>map(id -> new BookEvent.BrokerSignedIn(id, date))
        .toList();
  }

  /** Crashes (drops open connections, forgets the books) and restarts from the journal. */
  public synchronized void crashAndRestart() {
    LOG.warn("bank on port {} crashing and restarting", port);
    restarting = true;
    try {
      server.stop();
      outbound.close();
      journal.close();
      restarts++;
      open();
    } finally {
      restarting = false;
      notifyAll();
    }
  }

  private void crashLater() {
    synchronized (this) {
      restarting = true;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                crashAndRestart();
              } catch (RuntimeException e) {
                LOG.error("the bank on port {} did not restart", port, e);
              }
            },
            "bank-crash-" + port);
    t.setDaemon(true);
    t.start();
  }

  public int port() {
    return port;
  }

  public synchronized int restarts() {
    return restarts;
  }

  /** The books, after any crash-and-restart under way has finished. */
  public synchronized BankCore core() {
    boolean interrupted = false;
    while (restarting) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    BankCore c = core;
    if (c == null) {
      throw new TransientException(CoreErrorCode.STORE_UNAVAILABLE, "the bank is restarting");
    }
    return c;
  }

  public BankConfig config() {
    return config;
  }

  public FaultInjector faults() {
    return faults;
  }

  public ReconFiles recon() {
    return recon;
  }

  @Override
  public synchronized void close() {
    server.stop();
    outbound.close();
    journal.close();
  }
}
