package io.openbroker.banksim.internal.books;

import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.internal.Masking;
import java.util.Objects;

/**
 * A bank-initiated message to a broker (a bank-channel transfer or a reversal of one), retried
 * until the broker answers definitively.
 *
 * @param bankSerial the bank's serial for this message (the idempotency key the broker sees)
 * @param kind what it asks the broker to do
 * @param originalBankSerial for a reversal, the transfer it undoes; otherwise empty
 * @param state where its delivery stands
 * @param brokerSerial the broker's serial from its answer, or empty
 * @param brokerResultCode the broker's result code, or empty while pending
 * @param systemTime when the bank created the message
 */
public record OutboundMessage(
    String bankSerial,
    String brokerId,
    Kind kind,
    TransferDirection direction,
    String fundAccount,
    String bankAccount,
    long amountFen,
    String originalBankSerial,
    State state,
    String brokerSerial,
    String brokerResultCode,
    java.time.Instant systemTime) {

  /** What a bank-initiated message asks. */
  public enum Kind {
    TRANSFER,
    REVERSAL
  }

  /** Where the delivery stands. */
  public enum State {
    PENDING,
    ACCEPTED,
    REFUSED
  }

  public OutboundMessage {
    Objects.requireNonNull(bankSerial, "bankSerial");
    Objects.requireNonNull(brokerId, "brokerId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(bankAccount, "bankAccount");
    Objects.requireNonNull(originalBankSerial, "originalBankSerial");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(brokerSerial, "brokerSerial");
    Objects.requireNonNull(brokerResultCode, "brokerResultCode");
    Objects.requireNonNull(systemTime, "systemTime");
  }

  /** A copy with the broker's definite answer. */
  public OutboundMessage answered(State newState, String serial, String resultCode) {
    return new OutboundMessage(
        bankSerial,
        brokerId,
        kind,
        direction,
        fundAccount,
        bankAccount,
        amountFen,
        originalBankSerial,
        newState,
        serial,
        resultCode,
        systemTime);
  }

  @Override
  public String toString() {
    return "OutboundMessage["
        + bankSerial
        + ", "
        + kind
        + ", "
        + direction
        + ", fen="
        + amountFen
        + ", "
        + state
        + ", fundAccount="
        + Masking.last4(fundAccount)
        + ", bankAccount="
        + Masking.last4(bankAccount)
        + "]";
  }
}
