package io.openbroker.banksim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One transfer as the bank recorded it. The broker serial, bank serial, business date and system
 * time are separate fields (SPEC §6).
 *
 * @param brokerId the broker the transfer belongs to
 * @param brokerSerial the broker's serial (for bank-initiated transfers: the broker's answer, or
 *     empty until it answers)
 * @param bankSerial the bank's serial
 * @param initiator who started it
 * @param direction which way the money moved
 * @param fundAccount the client's fund account at the broker
 * @param bankAccount the client's bank account
 * @param amountFen the amount in fen
 * @param currency ISO currency code
 * @param businessDate the bank business date it belongs to
 * @param systemTime when the bank processed it
 * @param status its definite status
 * @param resultCode why it ended so ({@link BankResultCode#SUCCESS} for succeeded or reversed)
 */
public record BankTransfer(
    String brokerId,
    String brokerSerial,
    String bankSerial,
    Initiator initiator,
    TransferDirection direction,
    String fundAccount,
    String bankAccount,
    long amountFen,
    String currency,
    LocalDate businessDate,
    Instant systemTime,
    TransferStatus status,
    BankResultCode resultCode) {

  public BankTransfer {
    Objects.requireNonNull(brokerId, "brokerId");
    Objects.requireNonNull(brokerSerial, "brokerSerial");
    Objects.requireNonNull(bankSerial, "bankSerial");
    Objects.requireNonNull(initiator, "initiator");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(bankAccount, "bankAccount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(systemTime, "systemTime");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(resultCode, "resultCode");
  }

  /** A copy with another status. */
  public BankTransfer withStatus(TransferStatus newStatus) {
    return new BankTransfer(
        brokerId,
        brokerSerial,
        bankSerial,
        initiator,
        direction,
        fundAccount,
        bankAccount,
        amountFen,
        currency,
        businessDate,
        systemTime,
        newStatus,
        resultCode);
  }

  @Override
  public String toString() {
    return "BankTransfer[broker="
        + brokerId
        + ", brokerSerial="
        + brokerSerial
        + ", bankSerial="
        + bankSerial
        + ", "
        + direction
        + ", fen="
        + amountFen
        + ", "
        + status
        + "/"
        + resultCode
        + ", fundAccount=***"
        + last4(fundAccount)
        + ", bankAccount=***"
        + last4(bankAccount)
        + "]";
  }

  private static String last4(String s) {
    return s.length() <= 4 ? s : s.substring(s.length() - 4);
  }
}
