package io.openbroker.transfer;

/**
 * The bank's answer to a binding operation (pre-designate, designate, change, revoke, query).
 * {@link #toString()} leaves the account numbers out.
 *
 * @param resultCode the result code
 * @param message the bank's explanation
 * @param brokerSerial the request's serial
 * @param fundAccount the fund account
 * @param bankAccount the bound bank account, if any
 * @param status the binding status, e.g. {@code PRE_DESIGNATED}, {@code ACTIVE}, {@code REVOKED}
 * @param businessDate the bank's business date
 */
public record BankBindingReply(
    String resultCode,
    String message,
    String brokerSerial,
    String fundAccount,
    String bankAccount,
    String status,
    String businessDate) {

  @Override
  public String toString() {
    return "BankBindingReply[resultCode="
        + resultCode
        + ", brokerSerial="
        + brokerSerial
        + ", status="
        + status
        + "]";
  }
}
