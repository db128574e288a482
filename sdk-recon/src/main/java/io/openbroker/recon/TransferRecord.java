package io.openbroker.recon;

import io.openbroker.core.money.CurrencyCode;
import io.openbroker.core.money.Money;
import io.openbroker.recon.internal.Masking;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of a transfer detail file (SPEC §9.1), as either side reports it. Serials may be empty
 * when a side does not know the other's (e.g. some bank-initiated records); the fallback rule then
 * matches on accounts, amount and direction. Prints with the name and account numbers masked.
 *
 * <pre>{@code
 * TransferRecord r = new TransferRecord("B1", "S1", "张三", "880001", "6222020000000001",
 *     Side.BROKER, Direction.BANK_TO_SECURITIES, 10010, CurrencyCode.CNY,
 *     LocalDateTime.parse("2026-11-20T10:15:00"), TransferStatus.SUCCESS, 2);
 * }</pre>
 *
 * @param bankSerial the bank's serial (流水号), empty when unknown
 * @param brokerSerial the broker's serial, empty when unknown
 * @param customerName the client's name (PII)
 * @param fundAccount the fund account (资金账户), compared as text
 * @param bankAccount the client's bank account (银行结算账户), compared as text
 * @param initiator the side that initiated the transfer
 * @param direction deposit or withdrawal
 * @param amountFen the amount in fen (分), never negative
 * @param currency the currency
 * @param tradeTime the local trade time (China time)
 * @param status the final status
 * @param line the 1-based line number in the source file (0 when not from a file)
 */
public record TransferRecord(
    String bankSerial,
    String brokerSerial,
    String customerName,
    String fundAccount,
    String bankAccount,
    Side initiator,
    Direction direction,
    long amountFen,
    CurrencyCode currency,
    LocalDateTime tradeTime,
    TransferStatus status,
    long line) {

  public TransferRecord {
    Objects.requireNonNull(bankSerial, "bankSerial");
    Objects.requireNonNull(brokerSerial, "brokerSerial");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(bankAccount, "bankAccount");
    Objects.requireNonNull(initiator, "initiator");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(tradeTime, "tradeTime");
    Objects.requireNonNull(status, "status");
    if (amountFen < 0) {
      throw new IllegalArgumentException("amountFen must not be negative: " + amountFen);
    }
    if (bankSerial.isEmpty() && brokerSerial.isEmpty()) {
      throw new IllegalArgumentException("a record needs at least one serial");
    }
  }

  /** The amount as {@link Money}. */
  public Money amount() {
    return Money.ofFen(amountFen, currency);
  }

  /** Whether both serials are present, so that the record can be matched by key. */
  public boolean hasBothSerials() {
    return !bankSerial.isEmpty() && !brokerSerial.isEmpty();
  }

  /**
   * This record's effect on the client's fund balance in fen: + for a successful deposit, − for a
   * successful withdrawal, 0 when no money moved.
   */
  public long signedEffectFen() {
    return status.movedMoney() ? direction.sign() * amountFen : 0;
  }

  @Override
  public String toString() {
    return "TransferRecord[bankSerial="
        + bankSerial
        + ", brokerSerial="
        + brokerSerial
        + ", customerName="
        + Masking.name(customerName)
        + ", fundAccount="
        + Masking.account(fundAccount)
        + ", bankAccount="
        + Masking.account(bankAccount)
        + ", initiator="
        + initiator
        + ", direction="
        + direction
        + ", amountFen="
        + amountFen
        + ", currency="
        + currency
        + ", tradeTime="
        + tradeTime
        + ", status="
        + status
        + ", line="
        + line
        + "]";
  }
}
