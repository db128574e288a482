package io.openbroker.transfer;

import io.openbroker.core.Effects;
import io.openbroker.core.store.GroupCommitter;
import io.openbroker.core.store.Transactions;
import io.openbroker.transfer.internal.flow.FlowContext;
import io.openbroker.transfer.internal.flow.ReviewDesk;
import io.openbroker.transfer.internal.flow.TransferFlow;
import io.openbroker.transfer.internal.journal.JdbcTransferJournal;
import io.openbroker.transfer.internal.review.ReviewSql;
import io.openbroker.transfer.spi.EligibilityGate;
import io.openbroker.transfer.spi.FundLedger;
import io.openbroker.transfer.spi.RiskPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Configures a {@link TransferService}; settings are checked on arrival, {@link #build()} checks
 * the required ones.
 *
 * <pre>{@code
 * TransferService.builder()
 *     .client(client)
 *     .journal(dataSource)                 // H2 or PostgreSQL; shared by all nodes
 *     .ledger(ledger)
 *     .retryPolicy(RetryPolicy.DEFAULT)
 *     .nodeId("app-3")                     // unique per running instance
 *     .lease(Duration.ofSeconds(60))
 *     .build();
 * }</pre>
 */
public final class TransferServiceBuilder {

  private TransferClient client;
  private DataSource journal;
  private Transactions sharedJournal;
  private FundLedger ledger;
  private RetryPolicy policy = RetryPolicy.DEFAULT;
  private Effects effects = Effects.system();
  private String nodeId;
  private Duration lease = Duration.ofSeconds(60);
  private ExecutorService executor;
  private RiskPolicy risk = new StandardRiskPolicy(StandardRiskPolicy.Settings.DEFAULTS);
  private EligibilityGate eligibility = EligibilityGate.open();
  private Duration recoverEvery;

  TransferServiceBuilder() {}

  /** The bank. */
  public TransferServiceBuilder client(TransferClient value) {
    this.client = Objects.requireNonNull(value, "client");
    return this;
  }

  /**
   * The journal's database (tables are created if missing). The service writes it through a {@link
   * GroupCommitter} of its own, closed with the service: right for an embedded H2 file. On a
   * database server (PostgreSQL) pass a {@link io.openbroker.core.store.Transactor} on a pooled
   * data source to {@link #journal(Transactions)} instead: a group committer runs every statement
   * on one connection, a round trip at a time (docs/TRANSFERS.md, "Databases").
   */
  public TransferServiceBuilder journal(DataSource value) {
    this.journal = Objects.requireNonNull(value, "journal");
    this.sharedJournal = null;
    return this;
  }

  /**
   * The journal's database, written through {@code value} — typically a {@link GroupCommitter}
   * (embedded H2) or a {@link io.openbroker.core.store.Transactor} on a pooled data source
   * (PostgreSQL), shared with {@link JdbcFundLedger#open(Transactions, java.time.Clock)} so that a
   * transfer's postings go into its journal transactions. The caller closes it after the service.
   */
  public TransferServiceBuilder journal(Transactions value) {
    this.sharedJournal = Objects.requireNonNull(value, "journal");
    this.journal = null;
    return this;
  }

  /** The broker's fund ledger. */
  public TransferServiceBuilder ledger(FundLedger value) {
    this.ledger = Objects.requireNonNull(value, "ledger");
    return this;
  }

  /** How unknown outcomes are chased (default {@link RetryPolicy#DEFAULT}). */
  public TransferServiceBuilder retryPolicy(RetryPolicy value) {
    this.policy = Objects.requireNonNull(value, "retryPolicy");
    return this;
  }

  /** Clock (journal times, leases), randomness (jitter), sleeper (backoff). */
  public TransferServiceBuilder effects(Effects value) {
    this.effects = Objects.requireNonNull(value, "effects");
    return this;
  }

  /** This instance's name in the journal's leases (default: a random id). */
  public TransferServiceBuilder nodeId(String value) {
    Objects.requireNonNull(value, "nodeId");
    if (value.isBlank() || value.length() > 64) {
      throw new IllegalArgumentException("nodeId must have 1 to 64 characters");
    }
    this.nodeId = value;
    return this;
  }

  /**
   * How long a node's claim on a transfer lasts without renewal (default 60 s). It is renewed at
   * every network step, so it must exceed the client's call timeout plus the longest backoff.
   */
  public TransferServiceBuilder lease(Duration value) {
    Objects.requireNonNull(value, "lease");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("lease must be positive: " + value);
    }
    this.lease = value;
    return this;
  }

  /** Risk controls (default {@link StandardRiskPolicy} with its defaults). */
  public TransferServiceBuilder riskPolicy(RiskPolicy value) {
    this.risk = Objects.requireNonNull(value, "riskPolicy");
    return this;
  }

  /** Which accounts may transfer at all (default: every account; the bank checks bindings). */
  public TransferServiceBuilder eligibility(EligibilityGate value) {
    this.eligibility = Objects.requireNonNull(value, "eligibility");
    return this;
  }

  /**
   * Runs {@link TransferService#recover()} in the background every {@code period} (after each pass
   * ends), so that a dead node's transfers are finished by the living ones without waiting for a
   * restart. Default: off (call {@code recover()} yourself).
   */
  public TransferServiceBuilder recoverEvery(Duration period) {
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive: " + period);
    }
    this.recoverEvery = period;
    return this;
  }

  /** The executor of {@link TransferService#transferAsync} (default: its own thread pool). */
  public TransferServiceBuilder executor(ExecutorService value) {
    this.executor = Objects.requireNonNull(value, "executor");
    return this;
  }

  /**
   * Builds the service, creating the journal's tables if needed, and the per-account index its
   * activity query needs if the risk policy {@linkplain RiskPolicy#readsActivity() reads activity}.
   */
  public TransferService build() {
    if (client == null || (journal == null && sharedJournal == null) || ledger == null) {
      throw new IllegalStateException("client, journal and ledger are required");
    }
    String node = nodeId != null ? nodeId : "node-" + effects.ids().nextId();
    GroupCommitter owned =
        sharedJournal == null ? GroupCommitter.open(journal, "transfer-" + node + "-db") : null;
    Transactions journalTx = sharedJournal != null ? sharedJournal : owned;
    JdbcTransferJournal store = JdbcTransferJournal.open(journalTx);
    if (risk.readsActivity()) {
      store.indexActivity();
    }
    FlowContext ctx =
        new FlowContext(
            client,
            store,
            ledger,
            policy,
            effects,
            node,
            lease,
            risk,
            eligibility,
            ledger instanceof JdbcFundLedger jdbc ? jdbc.sqlOn(journalTx) : Optional.empty());
    boolean owns = executor == null;
    ExecutorService pool = owns ? Executors.newCachedThreadPool(daemons(node)) : executor;
    TransferService service =
        new TransferService(client, new TransferFlow(ctx), store, ledger, pool, owns, owned);
    service.useReviews(
        new ReviewQueue(new ReviewDesk(ctx, new ReviewSql(journalTx)), effects.clock()));
    if (recoverEvery != null) {
      service.recoverEvery(recoverEvery, daemons(node + "-recovery"));
    }
    return service;
  }

  private static java.util.concurrent.ThreadFactory daemons(String node) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "transfer-" + node + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
