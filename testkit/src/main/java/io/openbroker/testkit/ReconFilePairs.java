package io.openbroker.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary {@link ReconFilePair}s: up to 40 matching transfers plus up to 8 planted discrepancies,
 * each in its own record so that the expected report is exact. Customer names include characters
 * outside the BMP; amounts are written in varying decimal spellings.
 *
 * <pre>{@code
 * @Property
 * void findsExactlyWhatWasPlanted(@ForAll("pairs") ReconFilePair pair) { ... }
 *
 * @Provide
 * Arbitrary<ReconFilePair> pairs() { return ReconFilePairs.any(LocalDate.of(2026, 11, 20)); }
 * }</pre>
 */
public final class ReconFilePairs {

  /** The discrepancy classes this generator plants. */
  public static final List<String> PLANTED_CLASSES =
      List.of(
          "BANK_ONLY",
          "BROKER_ONLY",
          "AMOUNT_MISMATCH",
          "STATUS_MISMATCH",
          "DIRECTION_MISMATCH",
          "ACCOUNT_MISMATCH");

  static final String HEADER =
      "bank_serial,broker_serial,customer_name,fund_account,bank_account,initiator,direction,"
          + "amount,currency,trade_time,status";

  private static final List<String> NAMES = List.of("张三", "李四", "王五", "𠀀明", "O'Brien, Ann");

  private ReconFilePairs() {}

  /** Pairs of files for {@code date}. */
  public static Arbitrary<ReconFilePair> any(LocalDate date) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(PLANTED_CLASSES).list().ofMaxSize(8),
            Arbitraries.longs().between(1, 99_999_999L).list().ofSize(48).uniqueElements())
        .as((matched, planted, amounts) -> build(date, matched, planted, amounts));
  }

  private static ReconFilePair build(
      LocalDate date, int matched, List<String> planted, List<Long> amounts) {
    StringBuilder bank = new StringBuilder(HEADER).append('\n');
    StringBuilder broker = new StringBuilder(HEADER).append('\n');
    Map<String, Integer> counts = new TreeMap<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < matched + planted.size(); i++) {
      rows.add(Row.number(date, i, amounts.get(i)));
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String kind = i < matched ? "MATCHED" : planted.get(i - matched);
      counts.merge(kind, 1, Integer::sum);
      switch (kind) {
        case "BANK_ONLY" -> bank.append(row.csv()).append('\n');
        case "BROKER_ONLY" -> broker.append(row.csv()).append('\n');
        default -> {
          bank.append(row.csv()).append('\n');
          broker.append(row.differing(kind).csv()).append('\n');
        }
      }
    }
    int matchedCount = counts.getOrDefault("MATCHED", 0);
    counts.remove("MATCHED");
    return new ReconFilePair(date, bank.toString(), broker.toString(), matchedCount, counts);
  }

  /** One transfer as a line of the file. */
  private record Row(
      String bankSerial,
      String brokerSerial,
      String name,
      String fund,
      String card,
      String direction,
      long fen,
      String time,
      String status) {

    static Row number(LocalDate date, int i, long fen) {
      return new Row(
          String.format(Locale.ROOT, "B%08d", i),
          String.format(Locale.ROOT, "T%08d", i),
          NAMES.get(i % NAMES.size()),
          String.format(Locale.ROOT, "0188%08d", i),
          String.format(Locale.ROOT, "62128271%08d", i),
          i % 2 == 0 ? "BANK_TO_SECURITIES" : "SECURITIES_TO_BANK",
          fen,
          date.atTime(9, 30).plusSeconds(i * 37L).toString(),
          "SUCCESS");
    }

    Row differing(String kind) {
      return switch (kind) {
        case "AMOUNT_MISMATCH" -> withFen(fen + 1);
        case "STATUS_MISMATCH" ->
            new Row(bankSerial, brokerSerial, name, fund, card, direction, fen, time, "FAILED");
        case "DIRECTION_MISMATCH" ->
            new Row(
                bankSerial,
                brokerSerial,
                name,
                fund,
                card,
                direction.equals("BANK_TO_SECURITIES")
                    ? "SECURITIES_TO_BANK"
                    : "BANK_TO_SECURITIES",
                fen,
                time,
                status);
        case "ACCOUNT_MISMATCH" ->
            new Row(bankSerial, brokerSerial, name, "9" + fund, card, direction, fen, time, status);
        default -> this;
      };
    }

    private Row withFen(long newFen) {
      return new Row(bankSerial, brokerSerial, name, fund, card, direction, newFen, time, status);
    }

    String csv() {
      String yuan = String.format(Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
      if (yuan.endsWith("0")) {
        yuan = yuan.substring(0, yuan.length() - 1); // 12.30 may be written 12.3
      }
      return String.join(
          ",",
          bankSerial,
          brokerSerial,
          quoted(name),
          fund,
          card,
          "BROKER",
          direction,
          yuan,
          "CNY",
          time,
          status);
    }

    private static String quoted(String field) {
      return field.contains(",") || field.contains("\"")
          ? "\"" + field.replace("\"", "\"\"") + "\""
          : field;
    }
  }
}
