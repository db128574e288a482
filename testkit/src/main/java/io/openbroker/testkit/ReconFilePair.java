package io.openbroker.testkit;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A bank and a broker transfer detail file (SPEC §9.1 CSV) for one business date, with the
 * discrepancies planted in them: what a correct reconciliation must report, class by class.
 *
 * @param businessDate the date both files belong to (trade times on that calendar day)
 * @param bankCsv the bank's file
 * @param brokerCsv the broker's file
 * @param matched the pairs that agree on every field
 * @param planted the planted discrepancies by reconciliation class name ({@code BANK_ONLY}, {@code
 *     BROKER_ONLY}, {@code AMOUNT_MISMATCH}, {@code STATUS_MISMATCH}, {@code DIRECTION_MISMATCH},
 *     {@code ACCOUNT_MISMATCH}), one per affected pair or record
 */
public record ReconFilePair(
    LocalDate businessDate,
    String bankCsv,
    String brokerCsv,
    int matched,
    Map<String, Integer> planted) {

  public ReconFilePair {
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(bankCsv, "bankCsv");
    Objects.requireNonNull(brokerCsv, "brokerCsv");
    planted = Map.copyOf(planted);
  }

  /** The total of planted discrepancies. */
  public int discrepancies() {
    return planted.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public String toString() {
    return "ReconFilePair[" + businessDate + ", matched=" + matched + ", planted=" + planted + "]";
  }
}
