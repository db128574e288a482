package io.openbroker.transfer;

import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * One broker-initiated transfer. The serial is chosen by the caller <em>once</em>, before the first
 * attempt, and is the idempotency key on both sides: asking again with the same serial and content
 * returns the same transfer, never a second one.
 *
 * <pre>{@code
 * TransferRequest deposit = TransferRequest.deposit(
 *     serials.next(), FundAccount.parse("012345678901"), BankCardNumber.parse("6212827110199152"),
 *     Money.parse("100.00"), new BankPassword(password));
 * }</pre>
 *
 * @param serial the broker serial (流水号)
 * @param direction which way the money moves
 * @param fundAccount the client's fund account
 * @param bankAccount the client's bank account, bound to the fund account
 * @param amount a positive amount
 * @param bankPassword the bank password, present for a deposit only
 */
public record TransferRequest(
    BusinessSerial serial,
    TransferDirection direction,
    FundAccount fundAccount,
    BankCardNumber bankAccount,
    Money amount,
    Optional<BankPassword> bankPassword) {

  public TransferRequest {
    Objects.requireNonNull(serial, "serial");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(bankAccount, "bankAccount");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(bankPassword, "bankPassword");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive: " + amount);
    }
    if (direction == TransferDirection.BANK_TO_SECURITIES && bankPassword.isEmpty()) {
      throw new IllegalArgumentException("a deposit needs the bank password");
    }
  }

  /** 银转证: a deposit from the bank account into the fund account. */
  public static TransferRequest deposit(
      BusinessSerial serial,
      FundAccount fundAccount,
      BankCardNumber bankAccount,
      Money amount,
      BankPassword password) {
    return new TransferRequest(
        serial,
        TransferDirection.BANK_TO_SECURITIES,
        fundAccount,
        bankAccount,
        amount,
        Optional.of(password));
  }

  /** 证转银: a withdrawal from the fund account to the bank account. */
  public static TransferRequest withdrawal(
      BusinessSerial serial, FundAccount fundAccount, BankCardNumber bankAccount, Money amount) {
    return new TransferRequest(
        serial,
        TransferDirection.SECURITIES_TO_BANK,
        fundAccount,
        bankAccount,
        amount,
        Optional.empty());
  }
}
