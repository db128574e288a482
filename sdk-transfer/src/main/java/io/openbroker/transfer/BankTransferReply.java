package io.openbroker.transfer;

/**
 * The bank's record of a transfer, as answered to a transfer, a status query, or in a history.
 * Account numbers are kept as sent; {@link #toString()} leaves them out.
 *
 * @param resultCode the result code
 * @param message the bank's explanation
 * @param brokerSerial the broker serial
 * @param bankSerial the bank serial, or null if the bank never booked it
 * @param status {@code SUCCEEDED}, {@code FAILED} or {@code REVERSED}
 * @param initiator {@code BROKER} or {@code BANK}
 * @param direction the direction
 * @param fundAccount the fund account
 * @param bankAccount the bank account
 * @param amount the amount, decimal yuan
 * @param currency the currency
 * @param businessDate the bank's business date of the transfer
 * @param systemTime the bank's system time of the transfer
 */
public record BankTransferReply(
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
    return "BankTransferReply[resultCode="
        + resultCode
        + ", brokerSerial="
        + brokerSerial
        + ", bankSerial="
        + bankSerial
        + ", status="
        + status
        + ", direction="
        + direction
        + ", amount="
        + amount
        + ", businessDate="
        + businessDate
        + "]";
  }
}
