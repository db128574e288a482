package io.openbroker.transfer;

/**
 * The bank's answer to a balance query. {@link #toString()} leaves the account numbers out.
 *
 * @param resultCode the result code
 * @param message the bank's explanation
 * @param fundAccount the fund account
 * @param bankAccount the bound bank account
 * @param managementBalance the client management account's balance (decimal yuan)
 * @param bankBalance the bank account's balance, only when the bank password was given
 * @param currency the currency
 * @param businessDate the bank's business date
 */
public record BankBalanceReply(
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
    return "BankBalanceReply[resultCode=" + resultCode + ", businessDate=" + businessDate + "]";
  }
}
