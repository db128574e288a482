package io.openbroker.transfer.internal.wire;

/** The request bodies the broker sends, one record per message. Absent fields are left out. */
public final class WireBodies {

  private WireBodies() {}

  /** {@code POST /v1/transfers}. */
  public record Transfer(
      String brokerSerial,
      String direction,
      String fundAccount,
      String bankAccount,
      String amount,
      String currency,
      String bankPassword) {}

  /** {@code POST /v1/transfers/query}. */
  public record Query(String brokerSerial) {}

  /** {@code POST /v1/transfers/reversal}. */
  public record Reversal(String brokerSerial, String originalSerial) {}

  /** {@code POST /v1/sign-in}. */
  public record SignIn(String brokerSerial, String businessDate) {}

  /** {@code POST /v1/bindings/...}. */
  public record Binding(
      String brokerSerial,
      String fundAccount,
      String customerName,
      String idNumber,
      String mobile,
      String bankAccount,
      String bankPassword) {}

  /** {@code POST /v1/accounts/balance}. */
  public record Balance(String fundAccount, String bankPassword) {}

  /** {@code POST /v1/transfers/history}. */
  public record History(String fundAccount, String fromDate, String toDate) {}

  /** {@code POST /v1/reconciliation/files}. */
  public record ReconFile(String businessDate, String kind) {}
}
