package io.openbroker.transfer.internal.flow;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.transfer.BankAnswer;
import io.openbroker.transfer.BankReversalReply;
import io.openbroker.transfer.BankTransferReply;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads bank answers into verdicts. The rule: only a verified answer proves anything, and only the
 * fields that say so — a transfer's {@code status}, a reversal's {@code originalStatus}. Everything
 * else (5xx, 401, 400, unreadable, unverified) is {@link Verdict#UNKNOWN}.
 */
final class Answers {

  private static final String EXISTS_WITH_DIFFERENT_CONTENT = "EXISTS_WITH_DIFFERENT_CONTENT";

  private Answers() {}

  /** An answer to the transfer itself, or to a status query. */
  static Reading ofTransfer(BankAnswer<BankTransferReply> answer, BusinessSerial serial) {
    if (answer instanceof BankAnswer.Unknown<BankTransferReply> u) {
      return Reading.of(Verdict.UNKNOWN, "UNKNOWN", u.cause());
    }
    BankAnswer.Verified<BankTransferReply> v = (BankAnswer.Verified<BankTransferReply>) answer;
    if (v.httpStatus() == 409 && EXISTS_WITH_DIFFERENT_CONTENT.equals(v.resultCode())) {
      // Our serial carries another request at the bank: ours was not applied, and never will be.
      return Reading.of(Verdict.FAILED, v.resultCode(), v.message());
    }
    if (v.httpStatus() == 200 && "NOT_FOUND".equals(v.resultCode())) {
      return Reading.of(Verdict.NOT_FOUND, v.resultCode(), v.message());
    }
    String status = String.valueOf(v.reply().status());
    if (v.httpStatus() != 200 || !serial.value().equals(v.reply().brokerSerial())) {
      return Reading.of(Verdict.UNKNOWN, v.resultCode(), "HTTP " + v.httpStatus());
    }
    Verdict verdict =
        switch (status) {
          case "SUCCEEDED" -> v.isSuccess() ? Verdict.SUCCEEDED : Verdict.UNKNOWN;
          case "FAILED" -> Verdict.FAILED;
          case "REVERSED" -> Verdict.REVERSED;
          default -> Verdict.UNKNOWN;
        };
    return new Reading(
        verdict,
        verdict == Verdict.REVERSED ? "REVERSED" : v.resultCode(),
        v.message(),
        Optional.ofNullable(v.reply().bankSerial()),
        date(v.reply().businessDate()));
  }

  /** An answer to a reversal of the original. */
  static Reading ofReversal(BankAnswer<BankReversalReply> answer) {
    if (answer instanceof BankAnswer.Unknown<BankReversalReply> u) {
      return Reading.of(Verdict.UNKNOWN, "UNKNOWN", u.cause());
    }
    BankAnswer.Verified<BankReversalReply> v = (BankAnswer.Verified<BankReversalReply>) answer;
    if (v.httpStatus() != 200) {
      return Reading.of(Verdict.UNKNOWN, v.resultCode(), "HTTP " + v.httpStatus());
    }
    String original = String.valueOf(v.reply().originalStatus());
    if ("ALREADY_REVERSED".equals(v.resultCode()) || "REVERSED".equals(original)) {
      return Reading.of(Verdict.REVERSED, "REVERSED", "reversed: " + v.message());
    }
    if ("FAILED".equals(original)) {
      return Reading.of(Verdict.FAILED, "NOT_APPLIED", "reversal: " + v.message());
    }
    if ("SUCCEEDED".equals(original) && !v.isSuccess()) {
      // The bank could not undo it (the money moved on): the original stands.
      return Reading.of(Verdict.SUCCEEDED, "SUCCESS", "reversal refused: " + v.message());
    }
    return Reading.of(Verdict.UNKNOWN, v.resultCode(), "reversal answer without a verdict");
  }

  private static Optional<LocalDate> date(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
