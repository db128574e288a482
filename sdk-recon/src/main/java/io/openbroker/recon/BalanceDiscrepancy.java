package io.openbroker.recon;

import io.openbroker.recon.internal.Masking;
import java.util.Objects;

/**
 * A difference found by balance reconciliation.
 *
 * @param kind what differs
 * @param fundAccount the client's fund account; empty for {@link Kind#SUMMARY_MISMATCH}
 * @param brokerFen the broker's figure in fen (the fund ledger, or the ledgers' sum)
 * @param bankFen the bank's figure in fen (the management account, or the summary account)
 * @param effect surplus (长款) or shortfall (短款) for the broker
 */
public record BalanceDiscrepancy(
    Kind kind, String fundAccount, long brokerFen, long bankFen, BalanceEffect effect) {

  /** The kinds of balance difference. */
  public enum Kind {
    /** The fund ledger and the management account differ. */
    BALANCE_MISMATCH,
    /** A fund ledger without a management account at the bank. */
    BROKER_ONLY,
    /** A management account without a fund ledger at the broker. */
    BANK_ONLY,
    /** 透支 — a fund ledger below zero at end of day (reported even when the bank agrees). */
    OVERDRAFT,
    /** The fund ledgers do not add up to the summary account (客户交易结算资金汇总账户). */
    SUMMARY_MISMATCH
  }

  public BalanceDiscrepancy {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(effect, "effect");
  }

  /** The difference broker − bank in fen. */
  public long differenceFen() {
    return brokerFen - bankFen;
  }

  @Override
  public String toString() {
    return "BalanceDiscrepancy["
        + kind
        + " "
        + Masking.account(fundAccount)
        + " broker="
        + brokerFen
        + " bank="
        + bankFen
        + " "
        + effect
        + "]";
  }
}
