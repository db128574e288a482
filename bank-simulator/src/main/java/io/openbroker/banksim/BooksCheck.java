package io.openbroker.banksim;

import java.util.Map;

/**
 * The bank's own double-entry check: per broker, the summary account equals the sum of its client
 * management accounts; overall, no money was created or lost (every account together equals the
 * cash paid in at the counter).
 *
 * @param summaryFen each broker's summary account balance
 * @param managementTotalFen each broker's sum of client management accounts
 * @param totalFen every account's balance summed
 * @param cashPaidInFen cash paid in minus cash paid out at the counter
 */
public record BooksCheck(
    Map<String, Long> summaryFen,
    Map<String, Long> managementTotalFen,
    long totalFen,
    long cashPaidInFen) {

  public BooksCheck {
    summaryFen = Map.copyOf(summaryFen);
    managementTotalFen = Map.copyOf(managementTotalFen);
  }

  /** Whether every invariant holds. */
  public boolean balanced() {
    return summaryFen.equals(managementTotalFen) && totalFen == cashPaidInFen;
  }
}
