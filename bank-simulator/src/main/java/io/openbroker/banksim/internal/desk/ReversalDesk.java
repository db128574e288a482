package io.openbroker.banksim.internal.desk;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.TransferStatus;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.Books;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.books.Fields;
import io.openbroker.banksim.internal.books.Outcome;
import io.openbroker.banksim.internal.wire.ReversalReply;
import io.openbroker.banksim.internal.wire.ReversalRequest;
import io.openbroker.banksim.internal.wire.WireJson;
import java.util.List;
import java.util.Optional;

/**
 * 冲正 — reversal: undoes a transfer that succeeded, confirms a failed one as failed, and records a
 * reversal of a serial the bank never saw so that the late original is refused ({@code
 * REVERSED_BEFORE_ARRIVAL}).
 */
public final class ReversalDesk {

  /** The operation name under which a transfer's answer is kept for resends. */
  public static final String TRANSFER_OPERATION = "transfer";

  /** The content digest that matches any content: kept for serials blocked by an early reversal. */
  public static final String ANY_CONTENT = "*";

  private ReversalDesk() {}

  public static Outcome reverse(DeskContext ctx, String brokerId, ReversalRequest req) {
    String serial = Fields.serial("brokerSerial", req.brokerSerial());
    String originalSerial = Fields.serial("originalSerial", req.originalSerial());
    if (serial.equals(originalSerial)) {
      throw Fields.bad("a reversal needs its own serial, not the original's");
    }
    Books books = ctx.books();
    Optional<BankTransfer> original = books.transfer(brokerId, originalSerial);
    if (original.isEmpty()) {
      if (books.reply(brokerId, originalSerial).isPresent()) {
        // The serial was used for something that is not a transfer, or was already blocked.
        return reply(
            ctx,
            serial,
            originalSerial,
            BankResultCode.SUCCESS,
            "FAILED",
            "not a transfer; nothing to undo",
            List.of());
      }
      return blockLateOriginal(ctx, brokerId, serial, originalSerial);
    }
    BankTransfer t = original.get();
    if (t.status() == TransferStatus.REVERSED) {
      return reply(
          ctx,
          serial,
          t,
          BankResultCode.ALREADY_REVERSED,
          "REVERSED",
          "already reversed",
          List.of(),
          null);
    }
    if (t.status() == TransferStatus.FAILED) {
      return reply(
          ctx,
          serial,
          t,
          BankResultCode.SUCCESS,
          "FAILED",
          "the original failed; nothing to undo",
          List.of(),
          null);
    }
    if (!fundsToUndo(books, t)) {
      return reply(
          ctx,
          serial,
          t,
          BankResultCode.INSUFFICIENT_FUNDS,
          "SUCCEEDED",
          "the money has moved on; cannot undo",
          List.of(),
          null);
    }
    return undo(ctx, serial, t);
  }

  /** Moves the money of a succeeded transfer back and marks it reversed. */
  private static Outcome undo(DeskContext ctx, String serial, BankTransfer t) {
    BankTransfer undo =
        new BankTransfer(
            t.brokerId(),
            serial,
            ctx.bankSerial(0),
            t.initiator(),
            t.direction().opposite(),
            t.fundAccount(),
            t.bankAccount(),
            t.amountFen(),
            t.currency(),
            ctx.bankDate(),
            ctx.now(),
            TransferStatus.SUCCEEDED,
            BankResultCode.SUCCESS);
    List<BookEvent> events =
        List.of(
            TransferDesk.movement(undo, serial, "REVERSAL " + t.bankSerial()),
            new BookEvent.TransferSaved(t.withStatus(TransferStatus.REVERSED)));
    return reply(
        ctx, serial, t, BankResultCode.SUCCESS, "REVERSED", "reversed", events, undo.bankSerial());
  }

  private static boolean fundsToUndo(Books books, BankTransfer t) {
    return t.direction() == TransferDirection.BANK_TO_SECURITIES
        ? books.managementBalance(t.brokerId(), t.fundAccount()) >= t.amountFen()
        : books.bankBalance(t.bankAccount()) >= t.amountFen();
  }

  private static Outcome blockLateOriginal(
      DeskContext ctx, String brokerId, String serial, String originalSerial) {
    String blocked =
        WireJson.write(
            TransferReplies.reversedBeforeArrival(
                originalSerial, ctx.bankDate().toString(), ctx.now().toString()));
    BookEvent block =
        new BookEvent.ReplySaved(
            brokerId,
            originalSerial,
            TRANSFER_OPERATION,
            ANY_CONTENT,
            BankResultCode.REVERSED_BEFORE_ARRIVAL,
            blocked);
    return reply(
        ctx,
        serial,
        originalSerial,
        BankResultCode.SUCCESS,
        "FAILED",
        "the original never arrived; it will be refused if it does",
        List.of(block));
  }

  /** The answer when no original transfer was booked under {@code originalSerial}. */
  private static Outcome reply(
      DeskContext ctx,
      String serial,
      String originalSerial,
      BankResultCode code,
      String originalStatus,
      String message,
      List<BookEvent> events) {
    return answer(ctx, serial, originalSerial, null, code, originalStatus, message, events, null);
  }

  /** The answer about the booked original transfer {@code original}. */
  private static Outcome reply(
      DeskContext ctx,
      String serial,
      BankTransfer original,
      BankResultCode code,
      String originalStatus,
      String message,
      List<BookEvent> events,
      String bankSerial) {
    return answer(
        ctx,
        serial,
        original.brokerSerial(),
        original,
        code,
        originalStatus,
        message,
        events,
        bankSerial);
  }

  /** {@code original} is null when nothing was booked under {@code originalSerial}. */
  private static Outcome answer(
      DeskContext ctx,
      String serial,
      String originalSerial,
      BankTransfer original,
      BankResultCode code,
      String originalStatus,
      String message,
      List<BookEvent> events,
      String bankSerial) {
    ReversalReply reply =
        new ReversalReply(
            code.code(),
            message,
            serial,
            originalSerial,
            bankSerial,
            originalStatus,
            ctx.bankDate().toString(),
            ctx.now().toString(),
            original == null ? null : original.bankSerial(),
            original == null ? null : original.businessDate().toString());
    return new Outcome(code, reply, events);
  }
}
