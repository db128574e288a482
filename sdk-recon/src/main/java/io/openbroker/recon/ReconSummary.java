package io.openbroker.recon;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one reconciliation run: what was read, and counts and amounts per class.
 *
 * @param window the business-date window
 * @param bank what reading the bank's file found
 * @param broker what reading the broker's file found
 * @param totals counts and amounts for every class (all classes present, {@code MATCHED} included)
 * @param fallbackMatches pairs matched by the fallback rule (included in their class's count)
 * @param exceptionsByHour for each class, 24 counts by hour of trade time
 */
public record ReconSummary(
    BusinessWindow window,
    ReadSummary bank,
    ReadSummary broker,
    Map<ReconClass, ClassTotals> totals,
    long fallbackMatches,
    Map<ReconClass, List<Long>> exceptionsByHour) {

  public ReconSummary {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(broker, "broker");
    Map<ReconClass, ClassTotals> all = new EnumMap<>(ReconClass.class);
    for (ReconClass c : ReconClass.values()) {
      all.put(c, totals.getOrDefault(c, ClassTotals.EMPTY));
    }
    totals = Collections.unmodifiableMap(all);
    Map<ReconClass, List<Long>> hours = new EnumMap<>(ReconClass.class);
    exceptionsByHour.forEach((c, list) -> hours.put(c, List.copyOf(list)));
    exceptionsByHour = Collections.unmodifiableMap(hours);
  }

  /** Pairs that matched on every field. */
  public long matched() {
    return totals.get(ReconClass.MATCHED).count();
  }

  /** The count of {@code reconClass}. */
  public long count(ReconClass reconClass) {
    return totals.get(reconClass).count();
  }

  /** All exceptions (every class but {@code MATCHED}). */
  public long exceptions() {
    long sum = 0;
    for (ReconClass c : ReconClass.values()) {
      if (c.isException()) {
        sum += count(c);
      }
    }
    return sum;
  }
}
