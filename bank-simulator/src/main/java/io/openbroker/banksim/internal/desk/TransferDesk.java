package io.openbroker.banksim.internal.desk;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.Initiator;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.TransferStatus;
import io.openbroker.banksim.internal.books.Amounts;
import io.openbroker.banksim.internal.books.Binding;
import io.openbroker.banksim.internal.books.BindingStatus;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.Books;
import io.openbroker.banksim.internal.books.Customer;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.books.Fields;
import io.openbroker.banksim.internal.books.Outcome;
import io.openbroker.banksim.internal.books.Passwords;
import io.openbroker.banksim.internal.wire.TransferRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 银证转账 at the bank: checks a broker-initiated transfer against the bank's rules and books and moves
 * the money, or refuses it definitively. Every checked transfer gets a bank serial and a record,
 * refused or not.
 */
public final class TransferDesk {

  /** The only currency this bank keeps. */
  public static final String CURRENCY = "CNY";

  private TransferDesk() {}

  /**
   * Decides a transfer. {@code password} is the decrypted bank password (needed for {@code
   * BANK_TO_SECURITIES}), or null.
   */
  public static Outcome transfer(
      DeskContext ctx, String brokerId, TransferRequest req, String password) {
    String serial = Fields.serial("brokerSerial", req.brokerSerial());
    TransferDirection direction =
        Fields.oneOf("direction", req.direction(), TransferDirection.class);
    String fundAccount = Fields.fundAccount(req.fundAccount());
    String bankAccount = Fields.bankAccount("bankAccount", req.bankAccount());
    long fen = Amounts.parsePositiveFen("amount", req.amount());
    String currency = Fields.present("currency", req.currency());

    Refusal refusal =
        check(
            ctx,
            brokerId,
            direction,
            fundAccount,
            bankAccount,
            fen,
            currency,
            password,
            req.customerName());
    BankTransfer transfer =
        new BankTransfer(
            brokerId,
            serial,
            ctx.bankSerial(0),
            Initiator.BROKER,
            direction,
            fundAccount,
            bankAccount,
            fen,
            currency,
            ctx.bankDate(),
            ctx.now(),
            refusal == null ? TransferStatus.SUCCEEDED : TransferStatus.FAILED,
            refusal == null ? BankResultCode.SUCCESS : refusal.code());
    List<BookEvent> events = new ArrayList<>();
    if (refusal == null) {
      events.add(movement(transfer, serial, "TRANSFER"));
    }
    events.add(new BookEvent.TransferSaved(transfer));
    String message = refusal == null ? "transferred" : refusal.message();
    return new Outcome(transfer.resultCode(), TransferReplies.of(transfer, message), events);
  }

  /** The money movement of {@code t} (or of its undoing, given the opposite direction). */
  static BookEvent.MoneyMoved movement(BankTransfer t, String brokerSerial, String memo) {
    return new BookEvent.MoneyMoved(
        t.brokerId(),
        t.fundAccount(),
        t.bankAccount(),
        t.direction(),
        t.amountFen(),
        t.bankSerial(),
        brokerSerial,
        t.businessDate(),
        t.systemTime(),
        memo);
  }

  private static Refusal check(
      DeskContext ctx,
      String brokerId,
      TransferDirection direction,
      String fundAccount,
      String bankAccount,
      long fen,
      String currency,
      String password,
      String customerName) {
    Books books = ctx.books();
    if (!CURRENCY.equals(currency)) {
      return new Refusal(BankResultCode.CURRENCY_NOT_SUPPORTED, "this bank keeps CNY only");
    }
    Optional<java.time.LocalDate> signedIn = books.signedInDate(brokerId);
    if (signedIn.isEmpty() || !signedIn.get().equals(ctx.bankDate())) {
      return new Refusal(
          BankResultCode.DAY_CUT_IN_PROGRESS,
          "the bank is at business date " + ctx.bankDate() + "; sign in to it first");
    }
    if (!ctx.rules().onBusinessDay(ctx.now())) {
      return new Refusal(
          BankResultCode.OUTSIDE_HOURS,
          "not a business day; the next business date is " + ctx.bankDate());
    }
    if (!ctx.rules().withinHours(ctx.now())) {
      return new Refusal(BankResultCode.OUTSIDE_HOURS, "outside transfer hours");
    }
    Optional<Binding> binding = books.binding(brokerId, fundAccount);
    if (binding.isEmpty()
        || binding.get().status() != BindingStatus.ACTIVE
        || !binding.get().bankAccount().equals(bankAccount)) {
      return new Refusal(BankResultCode.NOT_BOUND, "fund account not bound to this bank account");
    }
    if (customerName != null && !binding.get().customerName().equals(customerName)) {
      return new Refusal(
          BankResultCode.FOUR_ELEMENTS_MISMATCH, "customerName is not the bound client's");
    }
    if (fen > ctx.rules().perTransferLimitFen()) {
      return new Refusal(BankResultCode.LIMIT_EXCEEDED, "above the per-transfer limit");
    }
    if (direction == TransferDirection.BANK_TO_SECURITIES) {
      Customer customer = books.customer(bankAccount).orElseThrow();
      if (!Passwords.matches(customer, password)) {
        return new Refusal(BankResultCode.BAD_PASSWORD, "bank password wrong or missing");
      }
      if (books.bankBalance(bankAccount) < fen) {
        return new Refusal(BankResultCode.INSUFFICIENT_FUNDS, "bank account balance too low");
      }
    } else if (books.managementBalance(brokerId, fundAccount) < fen) {
      return new Refusal(
          BankResultCode.INSUFFICIENT_FUNDS, "client management account balance too low");
    }
    return null;
  }

  /** Why a transfer is refused. */
  record Refusal(BankResultCode code, String message) {}
}
