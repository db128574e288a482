package io.openbroker.recon;

import java.util.List;

/**
 * The outcome of balance reconciliation.
 *
 * @param discrepancies every difference, per client first, the summary check last
 * @param clients distinct fund accounts seen on either side
 * @param ledgerTotalFen the sum of the broker's fund ledgers
 * @param managementTotalFen the sum of the bank's client management accounts
 * @param summaryAccountFen the bank's summary account balance
 */
public record BalanceReport(
    List<BalanceDiscrepancy> discrepancies,
    long clients,
    long ledgerTotalFen,
    long managementTotalFen,
    long summaryAccountFen) {

  public BalanceReport {
    discrepancies = List.copyOf(discrepancies);
  }

  /** Whether every balance agrees and nothing is overdrawn. */
  public boolean balanced() {
    return discrepancies.isEmpty();
  }
}
