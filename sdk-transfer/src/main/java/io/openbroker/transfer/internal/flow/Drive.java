package io.openbroker.transfer.internal.flow;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.transfer.TransferDirection;
import io.openbroker.transfer.TransferOutcome;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferState;
import io.openbroker.transfer.internal.journal.JournalRow;
import io.openbroker.transfer.internal.ledger.LedgerSql;
import io.openbroker.transfer.internal.ledger.Posting;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one transfer, held under a journal lease, to a definite end (SPEC §7.1–7.2). Every state
 * is journaled <em>before</em> the network step it announces; every journal write is fenced by the
 * lease's epoch, so a node that lost its lease stops at its next write and changes nothing.
 */
final class Drive {

  private static final Logger LOG = LoggerFactory.getLogger(Drive.class);

  private static final Reading INSUFFICIENT =
      Reading.of(Verdict.FAILED, "INSUFFICIENT_WITHDRAWABLE", "withdrawable balance too low");

  private final FlowContext ctx;
  private final long epoch;
  private TransferRecord record;

  Drive(FlowContext ctx, JournalRow row) {
    this.ctx = ctx;
    this.epoch = row.epoch();
    this.record = row.record();
  }

  /** A withdrawal refused before anything happened: not enough withdrawable money; booked. */
  static TransferRecord insufficient(TransferRecord fresh) {
    return fresh
        .with(TransferState.FAILED, INSUFFICIENT.code(), INSUFFICIENT.message(), fresh.createdAt())
        .booked(fresh.createdAt());
  }

  /**
   * Drives a row this node has just journaled: a deposit (or frozen withdrawal) already SENT (#1),
   * or a CREATED one.
   */
  TransferOutcome runFresh(TransferRequest request) {
    if (record.state() != TransferState.SENT) {
      return run(Optional.of(request));
    }
    try {
      return sendLoop(request, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      letGo(e);
      return new TransferOutcome.Unknown(record.serial(), "interrupted; recovery will finish it");
    } catch (RuntimeException e) {
      letGo(e);
      throw e;
    }
  }

  /** Drives a claimed row; {@code request} is present when its caller is asking (password). */
  TransferOutcome run(Optional<TransferRequest> request) {
    try {
      return switch (record.state()) {
        case CREATED -> request.isPresent() ? start(request.get()) : abandon();
        case SENT -> request.isPresent() ? sendLoop(request.get(), false) : resolveByQuery();
        case UNKNOWN, REVERSING -> reverseLoop();
        case SUCCEEDED, FAILED, REVERSED -> book();
          // Never claimed (its lease never runs out); ReviewDesk moves it on.
        case HELD -> Outcomes.of(record);
      };
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      letGo(e);
      return new TransferOutcome.Unknown(record.serial(), "interrupted; recovery will finish it");
    } catch (RuntimeException e) {
      letGo(e);
      throw e;
    }
  }

  /** Gives the lease back so that recovery need not wait for it; keeps the first failure. */
  private void letGo(Exception cause) {
    try {
      ctx.journal().letGo(record.serial(), epoch);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** CREATED with its request: (withdrawal) freeze first, then send. */
  private TransferOutcome start(TransferRequest request) throws InterruptedException {
    if (record.direction() != TransferDirection.SECURITIES_TO_BANK) {
      return sendLoop(request, false);
    }
    if (ctx.sqlLedger().isPresent()) {
      return freezeWithSend(request, ctx.sqlLedger().get());
    }
    if (!ctx.ledger().freeze(record.serial(), record.fundAccount(), record.amount())) {
      return decide(INSUFFICIENT);
    }
    return sendLoop(request, false);
  }

  /**
   * The freeze and the journaled first send in one transaction (the ledger shares the journal's).
   */
  private TransferOutcome freezeWithSend(TransferRequest request, LedgerSql sql)
      throws InterruptedException {
    TransferRecord sent = record.sentOnceMore(now());
    Posting freeze =
        new Posting(record.serial(), Posting.Kind.FREEZE, record.fundAccount(), record.amount());
    Optional<Boolean> written =
        ctx.journal()
            .writeIf(
                c -> sql.freeze(c, freeze), sent, ctx.node(), epoch, ctx.leaseUntil(), "send #1");
    if (written.isEmpty()) {
      return decide(INSUFFICIENT);
    }
    if (!written.get()) {
      return lost();
    }
    record = sent;
    return sendLoop(request, true);
  }

  /** CREATED found by recovery: it never left the broker, so it failed. */
  private TransferOutcome abandon() {
    return decide(Reading.of(Verdict.FAILED, "NOT_SENT", "never sent; abandoned by recovery"));
  }

  /**
   * Sends the original up to the policy's limit, same serial each time; each send is journaled
   * first ({@code firstJournaled}: the first one already is, by the insert).
   */
  private TransferOutcome sendLoop(TransferRequest request, boolean firstJournaled)
      throws InterruptedException {
    Reading last = Reading.of(Verdict.UNKNOWN, "UNKNOWN", "not sent");
    for (int send = 1; send <= ctx.policy().maxSends(); send++) {
      if (send > 1) {
        pause(send - 1);
      }
      boolean journaled = send == 1 && firstJournaled;
      if (!journaled && !save(record.sentOnceMore(now()), "send #" + (record.sendCount() + 1))) {
        return lost();
      }
      last = Answers.ofTransfer(ctx.bank().transfer(request), record.serial());
      if (last.verdict() != Verdict.UNKNOWN && last.verdict() != Verdict.NOT_FOUND) {
        return decide(last);
      }
      LOG.info("transfer {}: send #{} unknown ({})", record.serial(), send, last.message());
    }
    return unknownThenReverse(last);
  }

  /** SENT found by recovery (no password to resend a deposit): ask the bank, else reverse. */
  private TransferOutcome resolveByQuery() throws InterruptedException {
    Reading found = Answers.ofTransfer(ctx.bank().queryTransfer(record.serial()), record.serial());
    if (found.verdict() == Verdict.SUCCEEDED
        || found.verdict() == Verdict.FAILED
        || found.verdict() == Verdict.REVERSED) {
      return decide(found);
    }
    return unknownThenReverse(found);
  }

  private TransferOutcome unknownThenReverse(Reading last) throws InterruptedException {
    TransferRecord unknown = record.with(TransferState.UNKNOWN, "", "", now());
    if (!save(
        unknown, "outcome unknown after " + record.sendCount() + " sends: " + last.message())) {
      return lost();
    }
    return reverseLoop();
  }

  /** 冲正: sends the reversal (one derived serial) until the bank gives a verdict. */
  private TransferOutcome reverseLoop() throws InterruptedException {
    BusinessSerial reversal = record.reversalSerial().orElse(ReversalSerials.of(record.serial()));
    for (int attempt = 1; attempt <= ctx.policy().reversalAttempts(); attempt++) {
      if (attempt > 1) {
        pause(attempt - 1);
      }
      String what = "reversal " + reversal + " #" + (record.reversalCount() + 1);
      if (!save(record.reversingOnceMore(reversal, now()), what)) {
        return lost();
      }
      Reading r = Answers.ofReversal(ctx.bank().reverse(reversal, record.serial()));
      if (r.verdict() != Verdict.UNKNOWN) {
        return decide(r);
      }
      LOG.warn("transfer {}: {} unknown ({})", record.serial(), what, r.message());
    }
    ctx.journal().letGo(record.serial(), epoch);
    return new TransferOutcome.Unknown(
        record.serial(), "reversal not yet definite; recovery keeps trying");
  }

  /** Journals the definite end, then books it. */
  private TransferOutcome decide(Reading given) {
    Reading r = withBankDetails(given);
    TransferState end =
        switch (r.verdict()) {
          case SUCCEEDED -> TransferState.SUCCEEDED;
          case REVERSED -> TransferState.REVERSED;
          default -> TransferState.FAILED;
        };
    TransferRecord done =
        record
            .with(end, r.code(), r.message(), now())
            .withBank(
                r.bankSerial().orElse(record.bankSerial()),
                r.businessDate().or(record::businessDate),
                now());
    String decision = "decided " + end + " (" + r.code() + ")";
    if (ctx.sqlLedger().isPresent()) {
      return decideAndBook(done, decision, ctx.sqlLedger().get());
    }
    if (!save(done, decision)) {
      return lost();
    }
    return book();
  }

  /** The decision, its booking and the booked mark in one transaction. */
  private TransferOutcome decideAndBook(TransferRecord done, String decision, LedgerSql sql) {
    TransferRecord booked = done.booked(now());
    Booking booking = Booking.of(booked);
    if (!ctx.journal()
        .write(
            booked,
            ctx.node(),
            epoch,
            0,
            decision + "; ledger booked",
            c -> booking.apply(sql, c, booked))) {
      return lost();
    }
    record = booked;
    LOG.debug("transfer {} {}: {}; ledger booked", booked.serial(), booked.state(), decision);
    return Outcomes.of(record);
  }

  /**
   * A success proven only by a refused reversal carries no bank serial: ask the bank for it (best
   * effort; the verdict stands either way).
   */
  private Reading withBankDetails(Reading r) {
    if (r.verdict() != Verdict.SUCCEEDED || r.bankSerial().isPresent()) {
      return r;
    }
    Reading found = Answers.ofTransfer(ctx.bank().queryTransfer(record.serial()), record.serial());
    if (found.verdict() != Verdict.SUCCEEDED) {
      return r;
    }
    return new Reading(
        r.verdict(), r.code(), r.message(), found.bankSerial(), found.businessDate());
  }

  /** Books the definite end in the fund ledger (idempotent), then marks the row done. */
  private TransferOutcome book() {
    Booking.of(record).apply(ctx.ledger(), record);
    TransferRecord booked = record.booked(now());
    if (ctx.journal().write(booked, ctx.node(), epoch, 0, "ledger booked")) {
      record = booked;
    }
    return Outcomes.of(record);
  }

  private boolean save(TransferRecord next, String decision) {
    if (!ctx.journal().write(next, ctx.node(), epoch, ctx.leaseUntil(), decision)) {
      return false;
    }
    record = next;
    LOG.debug("transfer {} {}: {}", next.serial(), next.state(), decision);
    return true;
  }

  private TransferOutcome lost() {
    LOG.warn("transfer {}: another node took it over; stopping", record.serial());
    return new TransferOutcome.Unknown(record.serial(), "being driven by another node");
  }

  private void pause(int retry) throws InterruptedException {
    Duration wait = ctx.policy().delay(retry, ctx.effects().random());
    ctx.effects().sleeper().sleep(wait);
  }

  private Instant now() {
    return ctx.effects().clock().instant();
  }
}
