package io.openbroker.transfer.internal.flow;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.transfer.BankPassword;
import io.openbroker.transfer.TransferDirection;
import io.openbroker.transfer.TransferErrorCode;
import io.openbroker.transfer.TransferOutcome;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferState;
import io.openbroker.transfer.internal.journal.JournalRow;
import io.openbroker.transfer.internal.review.ReviewSql;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides transfers held for review (SPEC §7.3). An approval releases the held row to CREATED and
 * claims it in one conditional update, then drives it like a fresh transfer (withdrawal: freeze,
 * send; deposit: send with the password the approver passes), so it runs exactly once however many
 * reviewers or nodes approve it. A rejection ends it FAILED with nothing frozen, sent or booked.
 */
public final class ReviewDesk {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewDesk.class);

  private final FlowContext ctx;
  private final ReviewSql sql;

  public ReviewDesk(FlowContext ctx, ReviewSql sql) {
    this.ctx = ctx;
    this.sql = sql;
  }

  /** The held transfers, oldest first. */
  public List<TransferRecord> pending() {
    return sql.held().stream().flatMap(s -> ctx.journal().find(s).stream()).toList();
  }

  /** Approves and drives {@code serial}; a deposit needs {@code password}. */
  public TransferOutcome approve(
      BusinessSerial serial, String reviewer, Optional<BankPassword> password) {
    TransferRecord held = known(serial);
    boolean deposit = held.direction() == TransferDirection.BANK_TO_SECURITIES;
    if (deposit && held.state() == TransferState.HELD && password.isEmpty()) {
      throw new InvalidInputException(
          TransferErrorCode.REVIEW_PASSWORD_REQUIRED,
          "a deposit held for review needs the client's bank password to be approved");
    }
    Optional<TransferRequest> request = requestOf(held, password);
    if (!sql.approve(serial, ctx.node(), ctx.now(), ctx.leaseUntil(), "approved by " + reviewer)) {
      return current(serial, request);
    }
    LOG.info("transfer {} approved in review by {}", serial, reviewer);
    JournalRow row = ctx.journal().findRow(serial).orElseThrow();
    return new Drive(ctx, row).run(request);
  }

  /** Rejects {@code serial}: FAILED {@code REVIEW_REJECTED}, nothing booked. */
  public TransferOutcome reject(BusinessSerial serial, String reviewer, String reason) {
    known(serial);
    String code = TransferErrorCode.REVIEW_REJECTED.code();
    if (sql.reject(
        serial, ctx.node(), ctx.now(), code, "rejected by " + reviewer + ": " + reason)) {
      LOG.info("transfer {} rejected in review by {}", serial, reviewer);
    }
    return Outcomes.of(known(serial));
  }

  /**
   * Rejects, as {@code REVIEW_EXPIRED}, every held transfer created before {@code cutoff}; one a
   * reviewer decides at the same moment is left to the reviewer (the row changes once).
   */
  public List<BusinessSerial> expire(Instant cutoff, Duration olderThan) {
    String code = TransferErrorCode.REVIEW_EXPIRED.code();
    List<BusinessSerial> expired = new ArrayList<>();
    for (TransferRecord held : pending()) {
      if (held.createdAt().isBefore(cutoff)
          && sql.reject(
              held.serial(),
              ctx.node(),
              ctx.now(),
              code,
              "not reviewed within " + olderThan + "; expired")) {
        LOG.info("transfer {} expired in review", held.serial());
        expired.add(held.serial());
      }
    }
    return expired;
  }

  /**
   * Someone else decided it first: its outcome, finishing it if it is unfinished and its lease ran
   * out (as a repeated submit would; a deposit only with its password, else recovery finishes it).
   */
  private TransferOutcome current(BusinessSerial serial, Optional<TransferRequest> request) {
    TransferRecord r = known(serial);
    if (r.ledgerDone() || r.state() == TransferState.HELD || request.isEmpty()) {
      return Outcomes.of(r);
    }
    return ctx.journal()
        .claim(serial, ctx.node(), ctx.now(), ctx.leaseUntil())
        .map(row -> new Drive(ctx, row).run(request))
        .orElse(Outcomes.of(r));
  }

  private TransferRecord known(BusinessSerial serial) {
    return ctx.journal()
        .find(serial)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    TransferErrorCode.TRANSFER_NOT_FOUND, "no transfer " + serial));
  }

  /** The request to drive it with: the journal row plus, for a deposit, the password given. */
  private static Optional<TransferRequest> requestOf(
      TransferRecord r, Optional<BankPassword> password) {
    if (r.direction() == TransferDirection.SECURITIES_TO_BANK) {
      return Optional.of(
          TransferRequest.withdrawal(r.serial(), r.fundAccount(), r.bankAccount(), r.amount()));
    }
    return password.map(
        p -> TransferRequest.deposit(r.serial(), r.fundAccount(), r.bankAccount(), r.amount(), p));
  }
}
