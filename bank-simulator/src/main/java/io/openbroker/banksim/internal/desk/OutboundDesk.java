package io.openbroker.banksim.internal.desk;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.Initiator;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.TransferStatus;
import io.openbroker.banksim.internal.books.Binding;
import io.openbroker.banksim.internal.books.BindingStatus;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.Books;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.books.OutboundMessage;
import io.openbroker.banksim.internal.books.OutboundMessage.Kind;
import io.openbroker.banksim.internal.books.OutboundMessage.State;
import io.openbroker.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bank-initiated (bank-channel) transfers and reversals. A deposit started at the bank debits the
 * client's card first and tells the broker after; a withdrawal started at the bank asks the broker
 * first and credits the card only once the broker accepted. A definite refusal by the broker undoes
 * the bank's side.
 */
public final class OutboundDesk {

  private OutboundDesk() {}

  /** Starts a bank-channel transfer; returns its events (the message is delivered later). */
  public static List<BookEvent> originateTransfer(
      DeskContext ctx,
      String brokerId,
      TransferDirection direction,
      String fundAccount,
      String bankAccount,
      long fen) {
    Books books = ctx.books();
    Binding b = books.binding(brokerId, fundAccount).orElse(null);
    if (b == null || b.status() != BindingStatus.ACTIVE || !b.bankAccount().equals(bankAccount)) {
      throw new InvalidInputException(
          BankResultCode.NOT_BOUND, "fund account not bound to this bank account");
    }
    long available =
        direction == TransferDirection.BANK_TO_SECURITIES
            ? books.bankBalance(bankAccount)
            : books.managementBalance(brokerId, fundAccount);
    if (available < fen) {
      throw new InvalidInputException(
          BankResultCode.INSUFFICIENT_FUNDS, "not enough money to move");
    }
    String bankSerial = ctx.bankSerial(0);
    OutboundMessage message =
        new OutboundMessage(
            bankSerial,
            brokerId,
            Kind.TRANSFER,
            direction,
            fundAccount,
            bankAccount,
            fen,
            "",
            State.PENDING,
            "",
            "",
            ctx.now());
    List<BookEvent> events = new ArrayList<>();
    if (direction == TransferDirection.BANK_TO_SECURITIES) {
      BankTransfer t = transfer(ctx, message, "", TransferStatus.SUCCEEDED, BankResultCode.SUCCESS);
      events.add(TransferDesk.movement(t, "", "BANK-INITIATED"));
      events.add(new BookEvent.TransferSaved(t));
    }
    events.add(new BookEvent.OutboundSaved(message));
    return events;
  }

  /** Starts a bank-channel reversal of a bank-initiated transfer: the bank undoes its side now. */
  public static List<BookEvent> originateReversal(DeskContext ctx, String originalBankSerial) {
    Books books = ctx.books();
    BankTransfer t =
        books
            .transferByBankSerial(originalBankSerial)
            .orElseThrow(
                () -> new InvalidInputException(BankResultCode.NOT_FOUND, "no such bank serial"));
    if (t.initiator() != Initiator.BANK) {
      throw new InvalidInputException(
          BankResultCode.BAD_REQUEST, "the bank reverses only its own transfers");
    }
    if (t.status() != TransferStatus.SUCCEEDED) {
      throw new InvalidInputException(BankResultCode.ALREADY_REVERSED, "not a succeeded transfer");
    }
    boolean deposit = t.direction() == TransferDirection.BANK_TO_SECURITIES;
    long available =
        deposit
            ? books.managementBalance(t.brokerId(), t.fundAccount())
            : books.bankBalance(t.bankAccount());
    if (available < t.amountFen()) {
      throw new InvalidInputException(BankResultCode.INSUFFICIENT_FUNDS, "the money has moved on");
    }
    String serial = ctx.bankSerial(0);
    OutboundMessage message =
        new OutboundMessage(
            serial,
            t.brokerId(),
            Kind.REVERSAL,
            t.direction(),
            t.fundAccount(),
            t.bankAccount(),
            t.amountFen(),
            originalBankSerial,
            State.PENDING,
            "",
            "",
            ctx.now());
    BankTransfer undo =
        new BankTransfer(
            t.brokerId(),
            t.brokerSerial(),
            serial,
            Initiator.BANK,
            t.direction().opposite(),
            t.fundAccount(),
            t.bankAccount(),
            t.amountFen(),
            t.currency(),
            ctx.bankDate(),
            ctx.now(),
            TransferStatus.SUCCEEDED,
            BankResultCode.SUCCESS);
    return List.of(
        TransferDesk.movement(undo, "", "BANK-INITIATED REVERSAL " + originalBankSerial),
        new BookEvent.TransferSaved(t.withStatus(TransferStatus.REVERSED)),
        new BookEvent.OutboundSaved(message));
  }

  /** The broker's definite answer to a pending message. */
  public static List<BookEvent> answered(
      DeskContext ctx,
      String bankSerial,
      boolean accepted,
      String brokerSerial,
      String brokerCode) {
    OutboundMessage m = ctx.books().outbound(bankSerial).orElseThrow();
    if (m.state() != State.PENDING) {
      return List.of(); // A duplicate answer: the first one decided.
    }
    List<BookEvent> events = new ArrayList<>();
    events.add(
        new BookEvent.OutboundSaved(
            m.answered(accepted ? State.ACCEPTED : State.REFUSED, brokerSerial, brokerCode)));
    if (m.kind() == Kind.REVERSAL) {
      return events;
    }
    BankTransfer existing = ctx.books().transferByBankSerial(bankSerial).orElse(null);
    if (m.direction() == TransferDirection.BANK_TO_SECURITIES) {
      if (accepted) {
        events.add(new BookEvent.TransferSaved(withBrokerSerial(existing, brokerSerial)));
      } else {
        BankTransfer undo =
            new BankTransfer(
                m.brokerId(),
                "",
                bankSerial,
                Initiator.BANK,
                TransferDirection.SECURITIES_TO_BANK,
                m.fundAccount(),
                m.bankAccount(),
                m.amountFen(),
                "CNY",
                ctx.bankDate(),
                ctx.now(),
                TransferStatus.SUCCEEDED,
                BankResultCode.SUCCESS);
        events.add(TransferDesk.movement(undo, "", "REFUSED BY BROKER " + bankSerial));
        events.add(new BookEvent.TransferSaved(existing.withStatus(TransferStatus.REVERSED)));
      }
      return events;
    }
    boolean covered = ctx.books().managementBalance(m.brokerId(), m.fundAccount()) >= m.amountFen();
    if (accepted && covered) {
      BankTransfer t =
          transfer(ctx, m, brokerSerial, TransferStatus.SUCCEEDED, BankResultCode.SUCCESS);
      events.add(TransferDesk.movement(t, brokerSerial, "BANK-INITIATED"));
      events.add(new BookEvent.TransferSaved(t));
    } else {
      events.add(
          new BookEvent.TransferSaved(
              transfer(
                  ctx,
                  m,
                  brokerSerial,
                  TransferStatus.FAILED,
                  accepted
                      ? BankResultCode.INSUFFICIENT_FUNDS
                      : BankResultCode.REFUSED_BY_BROKER)));
    }
    return events;
  }

  private static BankTransfer withBrokerSerial(BankTransfer t, String brokerSerial) {
    return new BankTransfer(
        t.brokerId(),
        brokerSerial,
        t.bankSerial(),
        t.initiator(),
        t.direction(),
        t.fundAccount(),
        t.bankAccount(),
        t.amountFen(),
        t.currency(),
        t.businessDate(),
        t.systemTime(),
        t.status(),
        t.resultCode());
  }

  private static BankTransfer transfer(
      DeskContext ctx,
      OutboundMessage m,
      String brokerSerial,
      TransferStatus status,
      BankResultCode code) {
    return new BankTransfer(
        m.brokerId(),
        brokerSerial,
        m.bankSerial(),
        Initiator.BANK,
        m.direction(),
        m.fundAccount(),
        m.bankAccount(),
        m.amountFen(),
        "CNY",
        ctx.bankDate(),
        ctx.now(),
        status,
        code);
  }
}
