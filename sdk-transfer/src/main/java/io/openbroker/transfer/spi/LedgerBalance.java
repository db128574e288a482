package io.openbroker.transfer.spi;

import io.openbroker.core.money.Money;
import java.util.Objects;

/**
 * One fund account's cash (资金台账): what can be traded with, what can be taken out, what is held by
 * withdrawals in flight. The account's balance is {@code available + frozen}: that is what the
 * bank's client management account mirrors once no withdrawal is in flight.
 *
 * @param available 可用 — usable for trading
 * @param withdrawable 可取 — may leave to the bank (never above {@code available})
 * @param frozen held by withdrawals whose outcome is not settled yet
 */
public record LedgerBalance(Money available, Money withdrawable, Money frozen) {

  public LedgerBalance {
    Objects.requireNonNull(available, "available");
    Objects.requireNonNull(withdrawable, "withdrawable");
    Objects.requireNonNull(frozen, "frozen");
  }

  /** {@code available + frozen}: the account's balance. */
  public Money total() {
    return available.plus(frozen);
  }
}
