package io.openbroker.banksim.internal.desk;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.Customer;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.books.Fields;
import io.openbroker.banksim.internal.books.Passwords;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.RandomSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The bank counter: opening client bank accounts and paying cash in or out (admin only). */
public final class CounterDesk {

  private CounterDesk() {}

  /** Opens a bank account with an opening cash balance. */
  public static List<BookEvent> openAccount(
      DeskContext ctx,
      RandomSource random,
      String bankAccount,
      String name,
      String idNumber,
      String mobile,
      String password,
      long openingFen) {
    String card = Fields.bankAccount("bankAccount", bankAccount);
    if (ctx.books().customer(card).isPresent()) {
      throw new InvalidInputException(BankResultCode.ALREADY_BOUND, "bank account already open");
    }
    if (password == null || password.isEmpty() || openingFen < 0) {
      throw Fields.bad("password must be non-empty and the opening balance non-negative");
    }
    String salt = HexFormat.of().formatHex(random.nextBytes(16));
    Customer c =
        new Customer(
            card,
            Fields.name(name),
            Fields.idNumber(idNumber),
            Fields.mobile(mobile),
            salt,
            Passwords.digest(salt, password));
    List<BookEvent> events = new ArrayList<>();
    events.add(new BookEvent.CustomerOpened(c));
    if (openingFen > 0) {
      events.add(new BookEvent.CashMoved(card, openingFen));
    }
    return events;
  }

  /** Cash paid in (positive) or out (negative) at the counter. */
  public static List<BookEvent> cash(DeskContext ctx, String bankAccount, long fen) {
    if (ctx.books().customer(bankAccount).isEmpty()) {
      throw new InvalidInputException(BankResultCode.ACCOUNT_NOT_FOUND, "no such bank account");
    }
    if (ctx.books().bankBalance(bankAccount) + fen < 0) {
      throw new InvalidInputException(
          BankResultCode.INSUFFICIENT_FUNDS, "not enough cash in the account");
    }
    return List.of(new BookEvent.CashMoved(bankAccount, fen));
  }
}
