package io.openbroker.transfer.internal.flow;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.transfer.RecoveryReport;
import io.openbroker.transfer.TransferContext;
import io.openbroker.transfer.TransferDirection;
import io.openbroker.transfer.TransferErrorCode;
import io.openbroker.transfer.TransferOutcome;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferState;
import io.openbroker.transfer.internal.journal.Insertion;
import io.openbroker.transfer.internal.journal.JournalRow;
import io.openbroker.transfer.internal.ledger.LedgerSql;
import io.openbroker.transfer.internal.ledger.Posting;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry points of the flow: submit a transfer (idempotent by serial on the broker side too), and
 * recover every unfinished transfer whose lease ran out.
 */
public final class TransferFlow {

  private static final int BATCH = 100;

  private final FlowContext ctx;

  public TransferFlow(FlowContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Journals and drives {@code request}. A serial seen before with the same content gives that
   * transfer's outcome (finishing it first if it is unfinished and nobody holds it); with other
   * content, {@code SERIAL_REUSED}.
   */
  public TransferOutcome submit(TransferRequest request, TransferContext context) {
    TransferRecord fresh = TransferRecord.created(request, ctx.effects().clock().instant());
    Optional<TransferRecord> refused = new Checks(ctx).refusal(request, context, fresh);
    // A deposit has nothing to do before its first send, so it is journaled as SENT at once; a
    // withdrawal is frozen before it is SENT: in the row's own transaction when the JDBC ledger
    // shares the journal's database, else journaled CREATED and frozen by the drive.
    boolean deposit = request.direction() == TransferDirection.BANK_TO_SECURITIES;
    boolean freezeWithRow = !deposit && refused.isEmpty() && ctx.sqlLedger().isPresent();
    TransferRecord first =
        refused.orElse(deposit || freezeWithRow ? fresh.sentOnceMore(fresh.createdAt()) : fresh);
    boolean held = first.state() == TransferState.HELD;
    // A held row's lease never runs out, so recovery never claims it: only a review moves it on.
    long lease = held ? Long.MAX_VALUE : ctx.leaseUntil();
    Inserted inserted =
        freezeWithRow ? insertFrozen(first, fresh, lease) : insert(first, lease, refused.isEmpty());
    Optional<JournalRow> existing = inserted.existing();
    if (existing.isEmpty()) {
      if (held) {
        ctx.journal().write(first, ctx.node(), 0, lease, "held for review: " + first.resultCode());
      }
      return inserted.settled()
          ? Outcomes.of(inserted.record())
          : new Drive(ctx, new JournalRow(inserted.record(), ctx.node(), 0, ctx.leaseUntil()))
              .runFresh(request);
    }
    TransferRecord known = existing.get().record();
    if (!known.sameContentAs(request)) {
      throw new InvalidInputException(
          TransferErrorCode.SERIAL_REUSED,
          "serial " + request.serial() + " was used for a different transfer");
    }
    if (known.ledgerDone()) {
      return Outcomes.of(known);
    }
    Optional<JournalRow> claimed =
        ctx.journal().claim(request.serial(), ctx.node(), ctx.now(), ctx.leaseUntil());
    return claimed
        .map(row -> new Drive(ctx, row).run(Optional.of(request)))
        .orElse(Outcomes.of(known));
  }

  /**
   * The row a submit journaled ({@code existing} empty) or the one it found; {@code settled}: a
   * journaled row with nothing to drive (refused, held).
   */
  private record Inserted(TransferRecord record, boolean settled, Optional<JournalRow> existing) {}

  private Inserted insert(TransferRecord first, long lease, boolean toDrive) {
    return new Inserted(first, !toDrive, ctx.journal().insertOrFind(first, ctx.node(), lease));
  }

  /**
   * A withdrawal's row, already SENT, and its freeze in one transaction: no crash can fall between
   * them, and a withdrawal costs one journal write less. Without enough withdrawable money neither
   * happens and the row goes in FAILED instead, nothing sent.
   */
  private Inserted insertFrozen(TransferRecord sent, TransferRecord fresh, long lease) {
    LedgerSql sql = ctx.sqlLedger().orElseThrow();
    Posting freeze =
        new Posting(sent.serial(), Posting.Kind.FREEZE, sent.fundAccount(), sent.amount());
    Insertion done =
        ctx.journal().insertIf(c -> sql.freeze(c, freeze), sent, ctx.node(), lease, "; frozen");
    if (done instanceof Insertion.NotHeld) {
      return insert(Drive.insufficient(fresh), lease, false);
    }
    return new Inserted(
        sent,
        false,
        done instanceof Insertion.Existing e ? Optional.of(e.row()) : Optional.empty());
  }

  /** Drives one unfinished transfer if its lease ran out; empty if someone else holds it. */
  public Optional<TransferOutcome> resume(BusinessSerial serial) {
    return ctx.journal()
        .claim(serial, ctx.node(), ctx.now(), ctx.leaseUntil())
        .map(row -> new Drive(ctx, row).run(Optional.empty()));
  }

  /**
   * Recovery: claims and drives every unfinished transfer whose lease ran out (this node's after a
   * restart, or a dead node's), each at most once per call.
   */
  public RecoveryReport recover() {
    Set<BusinessSerial> seen = new HashSet<>();
    int succeeded = 0;
    int refused = 0;
    int unknown = 0;
    while (true) {
      List<BusinessSerial> batch = ctx.journal().claimable(ctx.now(), BATCH + seen.size());
      List<BusinessSerial> fresh = batch.stream().filter(s -> !seen.contains(s)).toList();
      if (fresh.isEmpty()) {
        return new RecoveryReport(succeeded, refused, unknown);
      }
      for (BusinessSerial serial : fresh) {
        seen.add(serial);
        Optional<TransferOutcome> o = resume(serial);
        if (o.isEmpty()) {
          continue;
        }
        if (o.get() instanceof TransferOutcome.Succeeded) {
          succeeded++;
        } else if (o.get() instanceof TransferOutcome.Refused) {
          refused++;
        } else {
          unknown++;
        }
      }
    }
  }
}
