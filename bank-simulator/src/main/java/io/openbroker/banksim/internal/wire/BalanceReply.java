package io.openbroker.banksim.internal.wire;

/** The answer to a balance query; {@code bankBalance} is null without a bank password. */
public record BalanceReply(
    String resultCode,
    String message,
    String fundAccount,
    String bankAccount,
    String managementBalance,
    String bankBalance,
    String currency,
    String businessDate) {
  @Override
  public String toString() {
    return "BalanceReply[" + resultCode + "]";
  }
}
