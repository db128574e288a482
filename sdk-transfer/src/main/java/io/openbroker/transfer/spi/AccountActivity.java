package io.openbroker.transfer.spi;

import io.openbroker.core.money.Money;
import java.util.Objects;

/**
 * A fund account's recent transfers, from the journal, for limits and velocity checks.
 *
 * @param transfersInWindow transfers started in the velocity window
 * @param failuresInWindow of those, the ones that failed or were reversed
 * @param depositedToday deposits of the business day not failed
 * @param withdrawnToday withdrawals of the business day not failed
 */
public record AccountActivity(
    int transfersInWindow, int failuresInWindow, Money depositedToday, Money withdrawnToday) {

  public AccountActivity {
    Objects.requireNonNull(depositedToday, "depositedToday");
    Objects.requireNonNull(withdrawnToday, "withdrawnToday");
  }
}
