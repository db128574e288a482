package io.openbroker.banksim.internal.desk;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.internal.books.Amounts;
import io.openbroker.banksim.internal.books.Binding;
import io.openbroker.banksim.internal.books.BindingStatus;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.books.Fields;
import io.openbroker.banksim.internal.books.Outcome;
import io.openbroker.banksim.internal.books.Passwords;
import io.openbroker.banksim.internal.wire.BalanceReply;
import io.openbroker.banksim.internal.wire.BalanceRequest;
import io.openbroker.banksim.internal.wire.ErrorReply;
import io.openbroker.banksim.internal.wire.HistoryReply;
import io.openbroker.banksim.internal.wire.HistoryRequest;
import io.openbroker.banksim.internal.wire.QueryRequest;
import io.openbroker.banksim.internal.wire.SignInReply;
import io.openbroker.banksim.internal.wire.SignInRequest;
import io.openbroker.banksim.internal.wire.TransferReply;
import io.openbroker.banksim.internal.wire.WireJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Queries (transfer status, balance, history) and the broker's day-cut sign-in. */
public final class AccountDesk {

  /** The most transfers one history answer holds. */
  public static final int HISTORY_LIMIT = 1000;

  private AccountDesk() {}

  /** The transfer's current state, or the refusal kept for a serial blocked by a reversal. */
  public static Outcome query(DeskContext ctx, String brokerId, QueryRequest req) {
    String serial = Fields.serial("brokerSerial", req.brokerSerial());
    Optional<BankTransfer> t = ctx.books().transfer(brokerId, serial);
    if (t.isPresent()) {
      return Outcome.readOnly(BankResultCode.SUCCESS, TransferReplies.of(t.get(), "found"));
    }
    Optional<BookEvent.ReplySaved> blocked = ctx.books().reply(brokerId, serial);
    if (blocked.isPresent() && blocked.get().operation().equals(ReversalDesk.TRANSFER_OPERATION)) {
      return Outcome.readOnly(
          BankResultCode.SUCCESS,
          WireJson.read(
              blocked.get().replyJson().getBytes(java.nio.charset.StandardCharsets.UTF_8),
              TransferReply.class));
    }
    return Outcome.readOnly(
        BankResultCode.NOT_FOUND,
        new ErrorReply(BankResultCode.NOT_FOUND.code(), "no transfer with this serial"));
  }

  public static Outcome balance(
      DeskContext ctx, String brokerId, BalanceRequest req, String password) {
    String fund = Fields.fundAccount(req.fundAccount());
    Optional<Binding> b = ctx.books().binding(brokerId, fund);
    if (b.isEmpty() || b.get().status() != BindingStatus.ACTIVE) {
      return Outcome.readOnly(
          BankResultCode.NOT_BOUND,
          new ErrorReply(BankResultCode.NOT_BOUND.code(), "no active binding"));
    }
    String card = b.get().bankAccount();
    String bankBalance = null;
    if (req.bankPassword() != null) {
      if (!Passwords.matches(ctx.books().customer(card).orElseThrow(), password)) {
        return Outcome.readOnly(
            BankResultCode.BAD_PASSWORD,
            new ErrorReply(BankResultCode.BAD_PASSWORD.code(), "bank password wrong"));
      }
      bankBalance = Amounts.yuan(ctx.books().bankBalance(card));
    }
    BalanceReply reply =
        new BalanceReply(
            BankResultCode.SUCCESS.code(),
            "ok",
            fund,
            card,
            Amounts.yuan(ctx.books().managementBalance(brokerId, fund)),
            bankBalance,
            TransferDesk.CURRENCY,
            ctx.bankDate().toString());
    return Outcome.readOnly(BankResultCode.SUCCESS, reply);
  }

  public static Outcome history(DeskContext ctx, String brokerId, HistoryRequest req) {
    String fund = Fields.fundAccount(req.fundAccount());
    LocalDate from = Fields.date("fromDate", req.fromDate());
    LocalDate to = Fields.date("toDate", req.toDate());
    if (to.isBefore(from)) {
      throw Fields.bad("toDate is before fromDate");
    }
    List<TransferReply> found =
        ctx.books().transfers().stream()
            .filter(t -> t.brokerId().equals(brokerId) && t.fundAccount().equals(fund))
            .filter(t -> !t.businessDate().isBefore(from) && !t.businessDate().isAfter(to))
            .limit(HISTORY_LIMIT)
            .map(t -> TransferReplies.of(t, null))
            .toList();
    return Outcome.readOnly(
        BankResultCode.SUCCESS,
        new HistoryReply(BankResultCode.SUCCESS.code(), found.size() + " transfers", found));
  }

  /** 签到: the broker signs in to the bank's current business date, after which it may transfer. */
  public static Outcome signIn(DeskContext ctx, String brokerId, SignInRequest req) {
    Fields.serial("brokerSerial", req.brokerSerial());
    LocalDate date = Fields.date("businessDate", req.businessDate());
    if (!date.equals(ctx.bankDate())) {
      SignInReply reply =
          new SignInReply(
              BankResultCode.BUSINESS_DATE_MISMATCH.code(),
              "the bank is at another business date",
              ctx.bankDate().toString(),
              ctx.books().signedInDate(brokerId).map(LocalDate::toString).orElse(null));
      // Not kept under the serial: the broker learns the bank's date from this answer and signs in
      // again with the same serial and the right date (nothing happened to use the serial up).
      return Outcome.notKept(BankResultCode.BUSINESS_DATE_MISMATCH, reply);
    }
    SignInReply reply =
        new SignInReply(
            BankResultCode.SUCCESS.code(), "signed in", date.toString(), date.toString());
    return new Outcome(
        BankResultCode.SUCCESS, reply, List.of(new BookEvent.BrokerSignedIn(brokerId, date)));
  }
}
