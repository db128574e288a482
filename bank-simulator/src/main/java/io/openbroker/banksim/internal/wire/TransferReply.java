package io.openbroker.banksim.internal.wire;

/** The answer to a transfer, a transfer query, and one entry of a history. */
public record TransferReply(
    String resultCode,
    String message,
    String brokerSerial,
    String bankSerial,
    String status,
    String initiator,
    String direction,
    String fundAccount,
    String bankAccount,
    String amount,
    String currency,
    String businessDate,
    String systemTime) {
  @Override
  public String toString() {
    return "TransferReply["
        + resultCode
        + ", brokerSerial="
        + brokerSerial
        + ", bankSerial="
        + bankSerial
        + ", "
        + status
        + "]";
  }
}
