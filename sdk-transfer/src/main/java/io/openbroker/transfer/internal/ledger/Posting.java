package io.openbroker.transfer.internal.ledger;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import java.util.Objects;

/** One idempotent ledger posting, keyed by (serial, kind). */
public record Posting(BusinessSerial serial, Kind kind, FundAccount account, Money amount) {

  /** 银行存款-客户资金: the bank deposits holding clients' money (an asset; debit balance). */
  public static final String BANK_DEPOSITS = "BANK_DEPOSITS_CLIENT";

  /** 客户保证金: the clients' margin the broker owes (a liability; credit balance). */
  public static final String CLIENT_MARGIN = "CLIENT_MARGIN";

  /** What a posting does. */
  public enum Kind {
    /** Holds a withdrawal's amount; later SETTLED or RELEASED. */
    FREEZE,
    /** A deposit. */
    CREDIT,
    /** A bank-initiated withdrawal. */
    DEBIT,
    /** A move between two fund accounts of one client. */
    MOVE
  }

  /** The states a posting row goes through. */
  public enum State {
    FROZEN,
    SETTLED,
    RELEASED,
    REFUSED,
    BOOKED,
    UNDONE
  }

  public Posting {
    Objects.requireNonNull(serial, "serial");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a posting's amount must be positive: " + amount);
    }
  }
}
