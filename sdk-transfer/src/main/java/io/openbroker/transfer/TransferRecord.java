package io.openbroker.transfer;

import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One transfer as the broker's journal holds it. The bank password is never part of it.
 *
 * @param serial the broker serial
 * @param direction which way the money moves
 * @param fundAccount the fund account
 * @param bankAccount the bank account
 * @param amount the amount
 * @param state where it stands
 * @param sendCount how many times the original was sent (same serial each time)
 * @param reversalSerial the serial of its reversal, once one was decided
 * @param reversalCount how many times the reversal was sent
 * @param resultCode the bank's (or the broker's) result code, "" while in flight
 * @param resultMessage the explanation that came with it, "" while in flight
 * @param bankSerial the bank's serial, "" until known
 * @param businessDate the bank's business date of the transfer, once known
 * @param ledgerDone whether the fund ledger has booked the final state
 * @param createdAt when it was journaled
 * @param updatedAt when it last changed
 */
public record TransferRecord(
    BusinessSerial serial,
    TransferDirection direction,
    FundAccount fundAccount,
    BankCardNumber bankAccount,
    Money amount,
    TransferState state,
    int sendCount,
    Optional<BusinessSerial> reversalSerial,
    int reversalCount,
    String resultCode,
    String resultMessage,
    String bankSerial,
    Optional<LocalDate> businessDate,
    boolean ledgerDone,
    Instant createdAt,
    Instant updatedAt) {

  public TransferRecord {
    Objects.requireNonNull(serial, "serial");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(bankAccount, "bankAccount");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reversalSerial, "reversalSerial");
    Objects.requireNonNull(resultCode, "resultCode");
    Objects.requireNonNull(resultMessage, "resultMessage");
    Objects.requireNonNull(bankSerial, "bankSerial");
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A new journal entry for {@code request}, in {@link TransferState#CREATED}. */
  public static TransferRecord created(TransferRequest request, Instant now) {
    return new TransferRecord(
        request.serial(),
        request.direction(),
        request.fundAccount(),
        request.bankAccount(),
        request.amount(),
        TransferState.CREATED,
        0,
        Optional.empty(),
        0,
        "",
        "",
        "",
        Optional.empty(),
        false,
        now,
        now);
  }

  /** Whether {@code request} asks for this same transfer (same serial and content). */
  public boolean sameContentAs(TransferRequest request) {
    return serial.equals(request.serial())
        && direction == request.direction()
        && fundAccount.equals(request.fundAccount())
        && bankAccount.equals(request.bankAccount())
        && amount.equals(request.amount());
  }

  /** A copy in {@code newState} with the result so far. */
  public TransferRecord with(TransferState newState, String code, String message, Instant now) {
    return new TransferRecord(
        serial,
        direction,
        fundAccount,
        bankAccount,
        amount,
        newState,
        sendCount,
        reversalSerial,
        reversalCount,
        code,
        message,
        bankSerial,
        businessDate,
        ledgerDone,
        createdAt,
        now);
  }

  /** A copy that counts one more send of the original, in {@link TransferState#SENT}. */
  public TransferRecord sentOnceMore(Instant now) {
    return new TransferRecord(
        serial,
        direction,
        fundAccount,
        bankAccount,
        amount,
        TransferState.SENT,
        sendCount + 1,
        reversalSerial,
        reversalCount,
        resultCode,
        resultMessage,
        bankSerial,
        businessDate,
        ledgerDone,
        createdAt,
        now);
  }

  /** A copy in {@link TransferState#REVERSING} under {@code reversal}, counting one more send. */
  public TransferRecord reversingOnceMore(BusinessSerial reversal, Instant now) {
    return new TransferRecord(
        serial,
        direction,
        fundAccount,
        bankAccount,
        amount,
        TransferState.REVERSING,
        sendCount,
        Optional.of(reversal),
        reversalCount + 1,
        resultCode,
        resultMessage,
        bankSerial,
        businessDate,
        ledgerDone,
        createdAt,
        now);
  }

  /** A copy carrying the bank's serial and business date. */
  public TransferRecord withBank(String newBankSerial, Optional<LocalDate> date, Instant now) {
    return new TransferRecord(
        serial,
        direction,
        fundAccount,
        bankAccount,
        amount,
        state,
        sendCount,
        reversalSerial,
        reversalCount,
        resultCode,
        resultMessage,
        newBankSerial,
        date,
        ledgerDone,
        createdAt,
        now);
  }

  /** A copy whose final state the ledger has booked. */
  public TransferRecord booked(Instant now) {
    return new TransferRecord(
        serial,
        direction,
        fundAccount,
        bankAccount,
        amount,
        state,
        sendCount,
        reversalSerial,
        reversalCount,
        resultCode,
        resultMessage,
        bankSerial,
        businessDate,
        true,
        createdAt,
        now);
  }
}
