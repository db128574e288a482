package io.openbroker.banksim.internal.wire;

import io.openbroker.banksim.internal.Masking;
import java.util.List;

/** The admin API's request messages (docs/PROTOCOL.md, "Admin"). */
public final class AdminRequests {

  private AdminRequests() {}

  /** {@code POST /v1/admin/accounts}. */
  public record OpenAccount(
      String bankAccount,
      String customerName,
      String idNumber,
      String mobile,
      String password,
      String balance) {
    @Override
    public String toString() {
      return "OpenAccount[bankAccount=" + Masking.last4(bankAccount) + "]";
    }
  }

  /** {@code POST /v1/admin/cash}: a signed amount paid in (positive) or out (negative). */
  public record Cash(String bankAccount, String amount) {
    @Override
    public String toString() {
      return "Cash[bankAccount=" + Masking.last4(bankAccount) + ", amount=" + amount + "]";
    }
  }

  /** {@code POST /v1/admin/faults}. */
  public record Faults(long seed, List<Rule> rules) {}

  /** One fault rule; {@code ordinals} or {@code probability}. */
  public record Rule(
      String operation,
      String kind,
      List<Long> ordinals,
      Double probability,
      Long durationMillis) {}

  /** {@code POST /v1/admin/bank-initiated/transfers}. */
  public record BankTransfer(
      String brokerId, String direction, String fundAccount, String bankAccount, String amount) {
    @Override
    public String toString() {
      return "BankTransfer["
          + brokerId
          + ", "
          + direction
          + ", amount="
          + amount
          + ", bankAccount="
          + Masking.last4(bankAccount)
          + "]";
    }
  }

  /** {@code POST /v1/admin/bank-initiated/reversals}. */
  public record BankReversal(String brokerId, String originalBankSerial) {}

  /** {@code POST /v1/admin/reconciliation/files}. */
  public record ReconFile(
      String brokerId,
      String businessDate,
      String kind,
      Long drillSeed,
      Integer drillCount,
      Boolean write) {}

  /** {@code POST /v1/admin/faults/log}, {@code /v1/admin/books}, {@code /v1/admin/crash}. */
  public record Empty() {}
}
