package io.openbroker.banksim.internal.desk;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.internal.books.Binding;
import io.openbroker.banksim.internal.books.BindingStatus;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.Customer;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.books.Fields;
import io.openbroker.banksim.internal.books.Outcome;
import io.openbroker.banksim.internal.books.Passwords;
import io.openbroker.banksim.internal.wire.BindingReply;
import io.openbroker.banksim.internal.wire.BindingRequest;
import java.util.List;
import java.util.Optional;

/**
 * 三方存管 binding at the bank: 预指定 pre-designate, 指定 designate (with the four-element check and the
 * bank password), 变更银行账户 change bank account, 撤销 revoke, and the binding query.
 */
public final class BindingDesk {

  private BindingDesk() {}

  public static Outcome preDesignate(DeskContext ctx, String brokerId, BindingRequest req) {
    String serial = Fields.serial("brokerSerial", req.brokerSerial());
    String fund = Fields.fundAccount(req.fundAccount());
    Binding wanted =
        new Binding(
            brokerId,
            fund,
            Fields.name(req.customerName()),
            Fields.idNumber(req.idNumber()),
            Fields.mobile(req.mobile()),
            "",
            BindingStatus.PRE_DESIGNATED,
            ctx.bankDate());
    Optional<Binding> existing = ctx.books().binding(brokerId, fund);
    if (existing.isPresent() && existing.get().status() == BindingStatus.ACTIVE) {
      return refuse(ctx, serial, existing.get(), BankResultCode.ALREADY_BOUND, "already bound");
    }
    return saved(ctx, serial, wanted, "pre-designated");
  }

  public static Outcome designate(
      DeskContext ctx, String brokerId, BindingRequest req, String password) {
    String serial = Fields.serial("brokerSerial", req.brokerSerial());
    String fund = Fields.fundAccount(req.fundAccount());
    Binding wanted =
        new Binding(
            brokerId,
            fund,
            Fields.name(req.customerName()),
            Fields.idNumber(req.idNumber()),
            Fields.mobile(req.mobile()),
            Fields.bankAccount("bankAccount", req.bankAccount()),
            BindingStatus.ACTIVE,
            ctx.bankDate());
    Optional<Binding> existing = ctx.books().binding(brokerId, fund);
    if (existing.isPresent() && existing.get().status() == BindingStatus.ACTIVE) {
      return refuse(ctx, serial, existing.get(), BankResultCode.ALREADY_BOUND, "already bound");
    }
    if (existing.isPresent()
        && existing.get().status() == BindingStatus.PRE_DESIGNATED
        && !sameHolder(existing.get(), wanted)) {
      return refuse(
          ctx,
          serial,
          wanted,
          BankResultCode.FOUR_ELEMENTS_MISMATCH,
          "not the pre-designated client");
    }
    BankResultCode check = checkCard(ctx, wanted, password);
    if (check != BankResultCode.SUCCESS) {
      return refuse(ctx, serial, wanted, check, "four-element or password check failed");
    }
    return saved(ctx, serial, wanted, "designated");
  }

  public static Outcome changeBankAccount(
      DeskContext ctx, String brokerId, BindingRequest req, String password) {
    String serial = Fields.serial("brokerSerial", req.brokerSerial());
    String fund = Fields.fundAccount(req.fundAccount());
    Optional<Binding> existing = ctx.books().binding(brokerId, fund);
    Binding wanted =
        new Binding(
            brokerId,
            fund,
            Fields.name(req.customerName()),
            Fields.idNumber(req.idNumber()),
            Fields.mobile(req.mobile()),
            Fields.bankAccount("bankAccount", req.bankAccount()),
            BindingStatus.ACTIVE,
            ctx.bankDate());
    if (existing.isEmpty() || existing.get().status() != BindingStatus.ACTIVE) {
      return refuse(ctx, serial, wanted, BankResultCode.NOT_BOUND, "no active binding to change");
    }
    if (!sameHolder(existing.get(), wanted)) {
      return refuse(
          ctx, serial, wanted, BankResultCode.FOUR_ELEMENTS_MISMATCH, "not the bound client");
    }
    BankResultCode check = checkCard(ctx, wanted, password);
    if (check != BankResultCode.SUCCESS) {
      return refuse(ctx, serial, wanted, check, "four-element or password check failed");
    }
    return saved(ctx, serial, wanted, "bank account changed");
  }

  public static Outcome revoke(DeskContext ctx, String brokerId, BindingRequest req) {
    String serial = Fields.serial("brokerSerial", req.brokerSerial());
    String fund = Fields.fundAccount(req.fundAccount());
    Optional<Binding> existing = ctx.books().binding(brokerId, fund);
    if (existing.isEmpty() || existing.get().status() != BindingStatus.ACTIVE) {
      return Outcome.readOnly(
          BankResultCode.NOT_BOUND,
          new BindingReply(
              BankResultCode.NOT_BOUND.code(),
              "no active binding",
              serial,
              fund,
              null,
              null,
              ctx.bankDate().toString()));
    }
    Binding b = existing.get();
    if (ctx.books().managementBalance(brokerId, fund) != 0) {
      return refuse(
          ctx,
          serial,
          b,
          BankResultCode.BALANCE_NOT_ZERO,
          "the management account still holds money");
    }
    Binding revoked =
        new Binding(
            brokerId,
            fund,
            b.customerName(),
            b.idNumber(),
            b.mobile(),
            b.bankAccount(),
            BindingStatus.REVOKED,
            ctx.bankDate());
    return saved(ctx, serial, revoked, "revoked");
  }

  public static Outcome query(DeskContext ctx, String brokerId, BindingRequest req) {
    String fund = Fields.fundAccount(req.fundAccount());
    Optional<Binding> existing = ctx.books().binding(brokerId, fund);
    if (existing.isEmpty()) {
      return Outcome.readOnly(
          BankResultCode.NOT_BOUND,
          new BindingReply(
              BankResultCode.NOT_BOUND.code(),
              "no binding",
              null,
              fund,
              null,
              null,
              ctx.bankDate().toString()));
    }
    Binding b = existing.get();
    return Outcome.readOnly(
        BankResultCode.SUCCESS,
        new BindingReply(
            BankResultCode.SUCCESS.code(),
            "found",
            null,
            fund,
            emptyToNull(b.bankAccount()),
            b.status().name(),
            b.since().toString()));
  }

  private static BankResultCode checkCard(DeskContext ctx, Binding wanted, String password) {
    Optional<Customer> customer = ctx.books().customer(wanted.bankAccount());
    if (customer.isEmpty()) {
      return BankResultCode.ACCOUNT_NOT_FOUND;
    }
    if (!customer.get().matches(wanted.customerName(), wanted.idNumber(), wanted.mobile())) {
      return BankResultCode.FOUR_ELEMENTS_MISMATCH;
    }
    return Passwords.matches(customer.get(), password)
        ? BankResultCode.SUCCESS
        : BankResultCode.BAD_PASSWORD;
  }

  private static boolean sameHolder(Binding a, Binding b) {
    return a.customerName().equals(b.customerName()) && a.idNumber().equals(b.idNumber());
  }

  private static Outcome saved(DeskContext ctx, String serial, Binding b, String message) {
    BindingReply reply =
        new BindingReply(
            BankResultCode.SUCCESS.code(),
            message,
            serial,
            b.fundAccount(),
            emptyToNull(b.bankAccount()),
            b.status().name(),
            ctx.bankDate().toString());
    return new Outcome(BankResultCode.SUCCESS, reply, List.of(new BookEvent.BindingSaved(b)));
  }

  private static Outcome refuse(
      DeskContext ctx, String serial, Binding b, BankResultCode code, String message) {
    BindingReply reply =
        new BindingReply(
            code.code(), message, serial, b.fundAccount(), null, null, ctx.bankDate().toString());
    return Outcome.readOnly(code, reply);
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
