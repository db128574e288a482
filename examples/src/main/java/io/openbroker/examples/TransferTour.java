package io.openbroker.examples;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.BankAnswer;
import io.openbroker.transfer.BankBindingReply;
import io.openbroker.transfer.TransferOutcome;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferState;
import java.time.LocalDate;
import java.util.List;

/**
 * The sdk-transfer part of the demo: sign-in, binding (指定存管), a deposit and a withdrawal, then the
 * bank's answer lost after it booked the transfer — once (the resend finds the original) and on
 * every send (the reversal undoes it). Each step checks both sides' books.
 */
final class TransferTour {

  private final DemoOutput out;
  private final DemoBank world;

  TransferTour(DemoOutput out, DemoBank world) {
    this.out = out;
    this.world = world;
  }

  /** Runs the flows and returns the business date they were booked on. */
  LocalDate run() {
    out.section("sdk-transfer: bank-securities transfers against the simulator bank");
    out.step("simulator bank", "listening on " + world.bank.baseUri() + " (in memory, SM2 keys)");
    LocalDate date =
        world
            .service
            .signIn(world.nextSerial(), world.bank.businessDate())
            .orElseThrow(() -> new IllegalStateException("the bank did not answer the sign-in"));
    out.step("sign-in (签到)", "business date " + date);
    bind();
    transfer(deposit("20000.00"), "deposit 20,000.00 (银转证)");
    transfer(withdrawal("5000.00"), "withdrawal 5,000.00 (证转银)");
    balances("15000.00");
    answerLostOnce();
    answerLostEveryTime();
    balances("18000.00");
    out.check(world.bank.checkBooks().balanced(), "the bank's double entry balances");
    world.bank.setFaultPlan(FaultPlan.NONE);
    return date;
  }

  private void bind() {
    BankAnswer<BankBindingReply> answer =
        world.client.designate(
            world.nextSerial(), DemoBank.FUND, world.fourElements(), DemoBank.PASSWORD);
    out.check(
        answer instanceof BankAnswer.Verified<BankBindingReply> v && v.isSuccess(),
        "the bank binds the fund account: " + answer);
    BankBindingReply reply = ((BankAnswer.Verified<BankBindingReply>) answer).reply();
    out.step(
        "bind fund account to card (指定存管)",
        DemoBank.FUND + " -> " + DemoBank.CARD + ", four elements checked: " + reply.status());
  }

  private void answerLostOnce() {
    world.bank.setFaultPlan(
        new FaultPlan(
            1, List.of(FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1))));
    out.step("fault injected", "the bank books the next transfer but its answer is lost");
    TransferRecord r = transfer(deposit("3000.00"), "deposit 3,000.00");
    out.check(r.sendCount() == 2, "one resend: " + r.sendCount());
    decisions(r.serial());
  }

  private void answerLostEveryTime() {
    world.bank.setFaultPlan(
        new FaultPlan(
            2,
            List.of(
                FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 1, 2, 3))));
    out.step(
        "fault injected",
        "every answer to the next transfer is lost (" + DemoBank.RETRIES.maxSends() + " sends)");
    TransferRecord r = transfer(withdrawal("2000.00"), "withdrawal 2,000.00");
    out.check(r.state() == TransferState.REVERSED, "reversed: " + r.state());
    decisions(r.serial());
  }

  private TransferRecord transfer(TransferRequest request, String what) {
    TransferOutcome outcome = world.service.transfer(request);
    TransferRecord r = world.service.find(request.serial()).orElseThrow();
    String result;
    if (outcome instanceof TransferOutcome.Succeeded s) {
      result = "SUCCEEDED, bank serial " + s.bankSerial();
    } else if (outcome instanceof TransferOutcome.Refused && r.state() == TransferState.REVERSED) {
      result = "REVERSED by 冲正: the bank undid it, nothing moved";
    } else if (outcome instanceof TransferOutcome.Refused f) {
      result = "REFUSED " + f.code() + ": " + f.reason();
    } else if (outcome instanceof TransferOutcome.HeldForReview h) {
      result = "HELD for review " + h.code() + ": " + h.reason();
    } else {
      result = "UNKNOWN: " + ((TransferOutcome.Unknown) outcome).cause();
    }
    out.step(what + " " + request.serial(), result + sends(r, outcome));
    out.check(!(outcome instanceof TransferOutcome.Unknown), "a definite outcome");
    return r;
  }

  private static String sends(TransferRecord r, TransferOutcome outcome) {
    if (r.sendCount() < 2) {
      return "";
    }
    return outcome instanceof TransferOutcome.Succeeded
        ? " (resend #" + r.sendCount() + " got the original's answer)"
        : " (" + r.sendCount() + " sends, no answer)";
  }

  private void decisions(BusinessSerial serial) {
    for (String decision : world.service.decisions(serial)) {
      out.detail(decision);
    }
  }

  private void balances(String expected) {
    long ledger = world.service.ledger().balance(DemoBank.FUND).total().fen();
    long bank = world.bank.managementBalanceFen(DemoBank.BROKER, DemoBank.FUND.value());
    out.check(ledger == bank, "the broker's ledger equals the bank's management account");
    out.check(ledger == Money.parse(expected).fen(), "fund balance " + expected);
    out.step(
        "fund ledger = bank management account",
        Money.ofFen(ledger).toPlainString() + " = " + Money.ofFen(bank).toPlainString() + " CNY");
  }

  private TransferRequest deposit(String amount) {
    return TransferRequest.deposit(
        world.nextSerial(), DemoBank.FUND, DemoBank.CARD, Money.parse(amount), DemoBank.PASSWORD);
  }

  private TransferRequest withdrawal(String amount) {
    return TransferRequest.withdrawal(
        world.nextSerial(), DemoBank.FUND, DemoBank.CARD, Money.parse(amount));
  }
}
