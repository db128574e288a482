package io.openbroker.transfer;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.store.GroupCommitter;
import io.openbroker.transfer.internal.flow.TransferFlow;
import io.openbroker.transfer.internal.journal.JdbcTransferJournal;
import io.openbroker.transfer.spi.FundLedger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bank–securities transfers that never lose or duplicate a yuan (SPEC §7): journals each transfer
 * before every network step, books the fund ledger in the order of SPEC §7.1, chases unknown
 * outcomes by resend and reversal, and recovers unfinished transfers at start-up — also those of a
 * dead node sharing the journal database.
 *
 * <pre>{@code
 * try (TransferService transfers = TransferService.builder()
 *     .client(client)
 *     .journal(dataSource)
 *     .ledger(JdbcFundLedger.open(dataSource, clock))
 *     .build()) {
 *   transfers.recover();                            // at start-up
 *   TransferOutcome o = transfers.transfer(TransferRequest.withdrawal(serial, fund, card, amount));
 * }
 * }</pre>
 */
public final class TransferService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TransferService.class);

  private final TransferClient client;
  private final TransferFlow flow;
  private final JdbcTransferJournal journal;
  private final FundLedger ledger;
  private final ExecutorService executor;
  private final boolean ownsExecutor;
  private ScheduledExecutorService recovery;
  // The journal's group committer when the service made it (null when the caller passed one).
  private final GroupCommitter ownedStore;
  private ReviewQueue reviews;

  TransferService(
      TransferClient client,
      TransferFlow flow,
      JdbcTransferJournal journal,
      FundLedger ledger,
      ExecutorService executor,
      boolean ownsExecutor,
      GroupCommitter ownedStore) {
    this.client = client;
    this.flow = flow;
    this.journal = journal;
    this.ledger = ledger;
    this.executor = executor;
    this.ownsExecutor = ownsExecutor;
    this.ownedStore = ownedStore;
  }

  /** A builder; client, journal and ledger are required. */
  public static TransferServiceBuilder builder() {
    return new TransferServiceBuilder();
  }

  /**
   * Runs a transfer to a definite end if the policy allows, and returns its outcome. Asking again
   * with the same serial and content returns the same transfer (finishing it if unfinished).
   *
   * @throws io.openbroker.core.InvalidInputException {@code SERIAL_REUSED} if the serial was used
   *     for a different transfer
   * @throws io.openbroker.core.TransientException if the journal or ledger database fails; ask
   *     again with the same serial
   */
  public TransferOutcome transfer(TransferRequest request) {
    return flow.submit(request, TransferContext.NONE);
  }

  /**
   * As {@link #transfer(TransferRequest)}, with what the channel knows of the client (address,
   * investor class) for the risk policy.
   */
  public TransferOutcome transfer(TransferRequest request, TransferContext context) {
    return flow.submit(request, context);
  }

  /** As {@link #transfer}, on this service's executor. */
  public CompletableFuture<TransferOutcome> transferAsync(TransferRequest request) {
    return CompletableFuture.supplyAsync(
        () -> flow.submit(request, TransferContext.NONE), executor);
  }

  /**
   * Drives every unfinished transfer whose lease ran out to a definite end if the bank allows: run
   * at start-up, and periodically on one or more nodes.
   */
  public RecoveryReport recover() {
    return flow.recover();
  }

  /**
   * 签到 — signs the broker in to the bank's business date after the bank's day-cut (SPEC §7.4).
   * Tries {@code date} (the broker's own business date); if the bank is at another date, signs in
   * to the bank's, which decides where transfers are booked.
   *
   * @return the business date now signed in to, or empty if the bank gave no verified answer (try
   *     again)
   */
  public Optional<LocalDate> signIn(BusinessSerial serial, LocalDate date) {
    BankAnswer<BankSignInReply> answer = client.signIn(serial, date);
    if (answer instanceof BankAnswer.Verified<BankSignInReply> v
        && "BUSINESS_DATE_MISMATCH".equals(v.resultCode())
        && v.reply().bankBusinessDate() != null) {
      LocalDate bankDate = LocalDate.parse(v.reply().bankBusinessDate());
      answer = client.signIn(secondSerial(serial), bankDate);
    }
    if (answer instanceof BankAnswer.Verified<BankSignInReply> v && v.isSuccess()) {
      return Optional.of(LocalDate.parse(v.reply().signedInDate()));
    }
    return Optional.empty();
  }

  /** A serial for the second sign-in: the first one is recorded with the refused date. */
  private static BusinessSerial secondSerial(BusinessSerial first) {
    String v = first.value();
    String base = v.length() < BusinessSerial.MAX_LENGTH ? v : v.substring(0, v.length() - 1);
    return BusinessSerial.parse(base + (v.endsWith("R") ? "S" : "R"));
  }

  /** The journal's record of {@code serial}. */
  public Optional<TransferRecord> find(BusinessSerial serial) {
    return journal.find(serial);
  }

  /** Every journaled transfer, oldest first. */
  public List<TransferRecord> journal() {
    return journal.all();
  }

  /** The logged decisions on {@code serial}, oldest first ({@code STATE: detail}). */
  public List<String> decisions(BusinessSerial serial) {
    return journal.decisions(serial);
  }

  /** The queue of transfers the risk policy held for a person's review (SPEC §7.3). */
  public ReviewQueue reviews() {
    return reviews;
  }

  /** Set once by the builder. */
  void useReviews(ReviewQueue queue) {
    this.reviews = queue;
  }

  /** The fund ledger this service books. */
  public FundLedger ledger() {
    return ledger;
  }

  /** Starts background recovery passes, {@code period} apart. */
  void recoverEvery(Duration period, ThreadFactory threads) {
    recovery = Executors.newSingleThreadScheduledExecutor(threads);
    recovery.scheduleWithFixedDelay(
        this::recoverQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void recoverQuietly() {
    try {
      RecoveryReport report = flow.recover();
      if (report.driven() > 0) {
        LOG.info("background recovery: {}", report);
      }
    } catch (RuntimeException e) {
      // A database or bank outage: the next pass tries again.
      LOG.warn("background recovery pass failed: {}", e.toString());
    }
  }

  /**
   * Stops background recovery, then the executor and the journal store if this service made them.
   */
  @Override
  public void close() {
    if (recovery != null) {
      recovery.shutdownNow();
    }
    if (ownsExecutor) {
      executor.shutdown();
    }
    if (ownedStore != null) {
      ownedStore.close();
    }
  }
}
