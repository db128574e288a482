package io.openbroker.recon.internal;

import io.openbroker.recon.BalanceEffect;
import io.openbroker.recon.ClassTotals;
import io.openbroker.recon.Discrepancy;
import io.openbroker.recon.ReconClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Adds up classes, amounts and hours; one per worker, merged at the end. Not thread-safe. */
public final class SummaryCounter {

  private static final int CLASSES = ReconClass.values().length;
  private final long[] count = new long[CLASSES];
  private final long[] amount = new long[CLASSES];
  private final long[] surplus = new long[CLASSES];
  private final long[] shortfall = new long[CLASSES];
  private final long[][] hours = new long[CLASSES][24];
  private long fallback;

  /** Counts a matched pair. */
  public void matched(long amountFen, boolean byFallback) {
    count[ReconClass.MATCHED.ordinal()]++;
    amount[ReconClass.MATCHED.ordinal()] += amountFen;
    if (byFallback) {
      fallback++;
    }
  }

  /** Counts one exception. */
  public void add(Discrepancy d) {
    int c = d.reconClass().ordinal();
    count[c]++;
    amount[c] += d.amountFen();
    if (d.effect() == BalanceEffect.SURPLUS) {
      surplus[c] += d.effectFen();
    } else if (d.effect() == BalanceEffect.SHORTFALL) {
      shortfall[c] += d.effectFen();
    }
    hours[c][d.hour()]++;
    if (d.fallback()) {
      fallback++;
    }
  }

  /** Adds {@code other}'s figures to this one's. */
  public void merge(SummaryCounter other) {
    for (int c = 0; c < CLASSES; c++) {
      count[c] += other.count[c];
      amount[c] += other.amount[c];
      surplus[c] += other.surplus[c];
      shortfall[c] += other.shortfall[c];
      for (int h = 0; h < 24; h++) {
        hours[c][h] += other.hours[c][h];
      }
    }
    fallback += other.fallback;
  }

  /** Totals per class. */
  public Map<ReconClass, ClassTotals> totals() {
    Map<ReconClass, ClassTotals> totals = new EnumMap<>(ReconClass.class);
    for (ReconClass c : ReconClass.values()) {
      int i = c.ordinal();
      totals.put(c, new ClassTotals(count[i], amount[i], surplus[i], shortfall[i]));
    }
    return totals;
  }

  /** Exceptions by hour, per exception class. */
  public Map<ReconClass, List<Long>> hours() {
    Map<ReconClass, List<Long>> byHour = new EnumMap<>(ReconClass.class);
    for (ReconClass c : ReconClass.values()) {
      if (c.isException()) {
        List<Long> list = new ArrayList<>(24);
        for (long n : hours[c.ordinal()]) {
          list.add(n);
        }
        byHour.put(c, list);
      }
    }
    return byHour;
  }

  /** Pairs matched by the fallback rule. */
  public long fallbackMatches() {
    return fallback;
  }
}
