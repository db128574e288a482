package io.openbroker.transfer;

import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import java.util.Objects;

/**
 * One account the end-of-day overdraft check ({@link OverdraftCheck}) flags. Fund accounts print
 * masked.
 */
public sealed interface OverdraftFinding {

  /** The fund account flagged (the bank-bound primary for a comparison with the bank). */
  FundAccount account();

  /**
   * 透支 — the broker's books let the client use more than the bank holds for it: the ledger's
   * available balance (of the whole group, for a primary with auxiliary accounts) exceeds the
   * bank's client management account.
   *
   * @param account the fund account bound at the bank
   * @param brokerAvailable the broker's available balance
   * @param bankBalance the bank's client management account
   */
  record BrokerExceedsBank(FundAccount account, Money brokerAvailable, Money bankBalance)
      implements OverdraftFinding {
    public BrokerExceedsBank {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(brokerAvailable, "brokerAvailable");
      Objects.requireNonNull(bankBalance, "bankBalance");
    }

    /** How much more the broker shows than the bank holds. */
    public Money excess() {
      return brokerAvailable.minus(bankBalance);
    }
  }

  /**
   * A balance below zero, on the broker's side (available, withdrawable or frozen of one fund
   * account) or the bank's (its client management account).
   *
   * @param account the fund account
   * @param side whose books
   * @param balance the negative balance
   */
  record NegativeBalance(FundAccount account, Side side, Money balance)
      implements OverdraftFinding {
    public NegativeBalance {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(balance, "balance");
    }
  }

  /**
   * Not compared: the bank gave no verified balance (unreachable, refused, not in the file).
   *
   * @param account the fund account
   * @param cause why, without personal data
   */
  record Unchecked(FundAccount account, String cause) implements OverdraftFinding {
    public Unchecked {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(cause, "cause");
    }
  }

  /** Whose books a balance is from. */
  enum Side {
    /** The broker's fund ledger. */
    BROKER,
    /** The bank's client management account. */
    BANK
  }
}
