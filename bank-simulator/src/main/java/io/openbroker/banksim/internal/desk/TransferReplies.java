package io.openbroker.banksim.internal.desk;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.TransferStatus;
import io.openbroker.banksim.internal.books.Amounts;
import io.openbroker.banksim.internal.wire.TransferReply;

/** Builds {@link TransferReply} messages from the bank's transfer records. */
final class TransferReplies {

  private TransferReplies() {}

  static TransferReply of(BankTransfer t, String message) {
    return new TransferReply(
        t.resultCode().code(),
        message,
        t.brokerSerial(),
        t.bankSerial(),
        t.status().name(),
        t.initiator().name(),
        t.direction().name(),
        t.fundAccount(),
        t.bankAccount(),
        Amounts.yuan(t.amountFen()),
        t.currency(),
        t.businessDate().toString(),
        t.systemTime().toString());
  }

  /** The answer for a serial whose reversal arrived first: refused for good. */
  static TransferReply reversedBeforeArrival(String brokerSerial, String bankDate, String now) {
    return new TransferReply(
        BankResultCode.REVERSED_BEFORE_ARRIVAL.code(),
        "a reversal of this serial arrived before it; it will never be applied",
        brokerSerial,
        null,
        TransferStatus.FAILED.name(),
        null,
        null,
        null,
        null,
        null,
        null,
        bankDate,
        now);
  }
}
