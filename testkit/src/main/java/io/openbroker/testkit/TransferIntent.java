package io.openbroker.testkit;

import io.openbroker.banksim.TransferDirection;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import java.util.Objects;

/**
 * One transfer a test wants to make, independent of the SDK that sends it: map it to {@code
 * TransferRequest.deposit(...)} / {@code withdrawal(...)} of sdk-transfer or to your own client.
 *
 * @param serial the broker serial (unique within one generated list)
 * @param direction deposit ({@code BANK_TO_SECURITIES}) or withdrawal ({@code SECURITIES_TO_BANK})
 * @param fund the fund account
 * @param card the bank card
 * @param amount a positive amount
 */
public record TransferIntent(
    BusinessSerial serial,
    TransferDirection direction,
    FundAccount fund,
    BankCardNumber card,
    Money amount) {

  public TransferIntent {
    Objects.requireNonNull(serial, "serial");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(fund, "fund");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a transfer moves a positive amount: " + amount);
    }
  }
}
