package io.openbroker.banksim.internal.wire;

/** The answer to a binding operation. */
public record BindingReply(
    String resultCode,
    String message,
    String brokerSerial,
    String fundAccount,
    String bankAccount,
    String status,
    String businessDate) {
  @Override
  public String toString() {
    return "BindingReply[" + resultCode + ", brokerSerial=" + brokerSerial + ", " + status + "]";
  }
}
