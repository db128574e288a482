package io.openbroker.recon.internal;

import io.openbroker.recon.Discrepancy;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fallback rule of SPEC §9.2, run on the records key matching left one-sided: a bank record and
 * a broker record pair up when they have the same fund account, bank account, amount and direction,
 * their trade times lie within the tolerance, their serials do not contradict (each serial equal or
 * missing on one side) and at least one serial is missing. The closest in time wins. Every such
 * pair is labelled a fallback match; what stays unpaired is one-sided (单边账).
 */
public final class FallbackMatcher {

  private static final Comparator<TransferRecord> BY_TIME =
      Comparator.comparing(TransferRecord::tradeTime).thenComparingLong(TransferRecord::line);
  private final long toleranceSeconds;

  public FallbackMatcher(Duration tolerance) {
    this.toleranceSeconds = tolerance.toSeconds();
  }

  /** Pairs what it can of {@code bank} and {@code broker}; reports the rest as one-sided. */
  public MatchOutput match(List<TransferRecord> bank, List<TransferRecord> broker) {
    Map<FallbackKey, List<TransferRecord>> brokerByKey = new HashMap<>();
    for (TransferRecord r : broker) {
      brokerByKey.computeIfAbsent(FallbackKey.of(r), k -> new ArrayList<>()).add(r);
    }
    MatchOutput out = new MatchOutput();
    List<TransferRecord> sortedBank = new ArrayList<>(bank);
    sortedBank.sort(BY_TIME);
    for (TransferRecord b : sortedBank) {
      List<TransferRecord> candidates = brokerByKey.get(FallbackKey.of(b));
      TransferRecord partner = candidates == null ? null : closest(b, candidates);
      if (partner == null) {
        out.exception(Discrepancies.oneSided(b, Side.BANK));
        continue;
      }
      candidates.remove(partner);
      Discrepancy d = Discrepancies.pair(b, partner, true);
      if (d == null) {
        out.matched(b.amountFen(), true);
      } else {
        out.exception(d);
      }
    }
    List<TransferRecord> left = new ArrayList<>();
    brokerByKey.values().forEach(left::addAll);
    left.sort(BY_TIME);
    for (TransferRecord k : left) {
      out.exception(Discrepancies.oneSided(k, Side.BROKER));
    }
    return out;
  }

  private TransferRecord closest(TransferRecord b, List<TransferRecord> candidates) {
    TransferRecord best = null;
    long bestGap = Long.MAX_VALUE;
    for (TransferRecord k : candidates) {
      if (!compatible(b, k)) {
        continue;
      }
      long gap = Math.abs(Duration.between(b.tradeTime(), k.tradeTime()).toSeconds());
      if (gap <= toleranceSeconds && gap < bestGap) {
        best = k;
        bestGap = gap;
      }
    }
    return best;
  }

  private static boolean compatible(TransferRecord b, TransferRecord k) {
    boolean missing = !b.hasBothSerials() || !k.hasBothSerials();
    return missing
        && agree(b.bankSerial(), k.bankSerial())
        && agree(b.brokerSerial(), k.brokerSerial());
  }

  private static boolean agree(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }
}
