package io.openbroker.banksim.internal.recon;

import io.openbroker.banksim.ReconFileKind;
import io.openbroker.core.RandomSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded discrepancies for reconciliation drills: drops a row, changes an amount, flips a status,
 * or duplicates a row, {@code count} times, chosen by {@code seed}. The same seed gives the same
 * discrepancies.
 *
 * @param seed the seed
 * @param count how many discrepancies (0: none)
 */
public record ReconDrill(long seed, int count) {

  public static final ReconDrill NONE = new ReconDrill(0, 0);

  List<List<String>> apply(ReconFileKind kind, List<List<String>> rows) {
    if (count == 0 || rows.isEmpty() || kind != ReconFileKind.TRANSFER_DETAIL) {
      return rows;
    }
    RandomSource random = RandomSource.seeded(seed);
    List<List<String>> out = new ArrayList<>(rows);
    for (int i = 0; i < count && !out.isEmpty(); i++) {
      int at = random.nextInt(out.size());
      List<String> row = new ArrayList<>(out.get(at));
      switch (random.nextInt(4)) {
        case 0 -> out.remove(at);
        case 1 -> {
          row.set(
              7,
              new java.math.BigDecimal(row.get(7)).add(java.math.BigDecimal.ONE).toPlainString());
          out.set(at, row);
        }
        case 2 -> {
          row.set(10, row.get(10).equals("SUCCESS") ? "FAILED" : "SUCCESS");
          out.set(at, row);
        }
        default -> out.add(at, row);
      }
    }
    return out;
  }
}
