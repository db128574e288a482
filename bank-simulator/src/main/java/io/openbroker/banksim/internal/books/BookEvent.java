package io.openbroker.banksim.internal.books;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.internal.Masking;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change to the bank's books. Every answer the bank gives is preceded by the durable commit of
 * the events that produced it; on restart the books are rebuilt by applying them in order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = BookEvent.CustomerOpened.class, name = "CustomerOpened"),
  @JsonSubTypes.Type(value = BookEvent.CashMoved.class, name = "CashMoved"),
  @JsonSubTypes.Type(value = BookEvent.MoneyMoved.class, name = "MoneyMoved"),
  @JsonSubTypes.Type(value = BookEvent.TransferSaved.class, name = "TransferSaved"),
  @JsonSubTypes.Type(value = BookEvent.BindingSaved.class, name = "BindingSaved"),
  @JsonSubTypes.Type(value = BookEvent.ReplySaved.class, name = "ReplySaved"),
  @JsonSubTypes.Type(value = BookEvent.BrokerSignedIn.class, name = "BrokerSignedIn"),
  @JsonSubTypes.Type(value = BookEvent.OutboundSaved.class, name = "OutboundSaved")
})
public sealed interface BookEvent {

  /** A client bank account opened at the counter. */
  record CustomerOpened(Customer customer) implements BookEvent {}

  /** Cash paid in (positive) or out (negative) at the counter: outside any broker's books. */
  record CashMoved(String bankAccount, long amountFen) implements BookEvent {
    @Override
    public String toString() {
      return "CashMoved[bankAccount=" + Masking.last4(bankAccount) + ", fen=" + amountFen + "]";
    }
  }

  /**
   * Money moved between a client's bank account and the broker's summary account, with the client's
   * management account (the summary account's sub-ledger) moving alongside.
   */
  record MoneyMoved(
      String brokerId,
      String fundAccount,
      String bankAccount,
      TransferDirection direction,
      long amountFen,
      String bankSerial,
      String brokerSerial,
      LocalDate businessDate,
      Instant time,
      String memo)
      implements BookEvent {
    @Override
    public String toString() {
      return "MoneyMoved["
          + bankSerial
          + ", "
          + direction
          + ", fen="
          + amountFen
          + ", fundAccount="
          + Masking.last4(fundAccount)
          + ", bankAccount="
          + Masking.last4(bankAccount)
          + "]";
    }
  }

  /** A transfer recorded or its status changed. */
  record TransferSaved(BankTransfer transfer) implements BookEvent {}

  /** A binding created or changed. */
  record BindingSaved(Binding binding) implements BookEvent {}

  /** The answer given to a broker serial, kept for resends. */
  record ReplySaved(
      String brokerId,
      String serial,
      String operation,
      String contentDigest,
      BankResultCode resultCode,
      String replyJson)
      implements BookEvent {}

  /** A broker signed in to a business date. */
  record BrokerSignedIn(String brokerId, LocalDate businessDate) implements BookEvent {}

  /** A bank-initiated message created or its delivery state changed. */
  record OutboundSaved(OutboundMessage message) implements BookEvent {}
}
