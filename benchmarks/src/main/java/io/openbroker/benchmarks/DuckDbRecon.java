package io.openbroker.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The yardstick: DuckDB doing the key-matching part of the reconciliation on the same files — a
 * FULL OUTER JOIN on (bank_serial, broker_serial) after counting duplicates, the window check per
 * side, the field comparison in the same order as sdk-recon, the exceptions written to CSV and the
 * counts per class printed. (It has no fallback rule: pairs only that rule would match stay
 * one-sided here.)
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.openbroker.benchmarks.DuckDbRecon \
 *     BANK.csv BROKER.csv 2026-11-20 OUT_DIR [THREADS] [MEMORY_LIMIT]
 * </pre>
 */
public final class DuckDbRecon {

  private DuckDbRecon() {}

  public static void main(String[] args) throws Exception {
    String bank = args[0];
    String broker = args[1];
    LocalDate day = LocalDate.parse(args[2]);
    Path out = Files.createDirectories(Path.of(args[3]));
    String threads = args.length > 4 ? args[4] : "2";
    String memory = args.length > 5 ? args[5] : "512MB";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads=" + threads);
      s.execute("SET memory_limit='" + memory + "'");
      s.execute("SET temp_directory='" + out.resolve("duckdb.tmp") + "'");
      s.execute("SET preserve_insertion_order=false");
      s.execute(joined(bank, broker, day));
      s.execute("CREATE TEMP TABLE e AS " + exceptions());
      s.execute("COPY e TO '" + out.resolve("exceptions.csv") + "' (HEADER, DELIMITER ',')");
      printCounts(s);
    }
  }

  private static String side(String file) {
    return "SELECT bank_serial bs, broker_serial ks, count(*) n, any_value(fund_account) fa,"
        + " any_value(bank_account) ba, any_value(direction) d,"
        + " any_value(CAST(amount AS DECIMAL(18,2))) a, any_value(currency) cur,"
        + " any_value(status) st, any_value(CAST(trade_time AS TIMESTAMP)) t"
        + " FROM read_csv('"
        + file
        + "', header=true, all_varchar=true)"
        + " GROUP BY bank_serial, broker_serial";
  }

  private static String joined(String bank, String broker, LocalDate day) {
    String start = "TIMESTAMP '" + day + " 00:00:00'";
    String end = "TIMESTAMP '" + day.plusDays(1) + " 00:00:00'";
    return "CREATE TEMP TABLE j AS WITH b AS ("
        + side(bank)
        + "), k AS ("
        + side(broker)
        + ")"
        + " SELECT coalesce(b.bs, k.bs) bs, coalesce(b.ks, k.ks) ks,"
        + " coalesce(b.n, 0) bn, coalesce(k.n, 0) kn,"
        + " (b.t >= "
        + start
        + " AND b.t < "
        + end
        + ") bin,"
        + " (k.t >= "
        + start
        + " AND k.t < "
        + end
        + ") kin,"
        + " CASE WHEN b.fa <> k.fa OR b.ba <> k.ba THEN 'ACCOUNT_MISMATCH'"
        + " WHEN b.d <> k.d THEN 'DIRECTION_MISMATCH'"
        + " WHEN b.a <> k.a OR b.cur <> k.cur THEN 'AMOUNT_MISMATCH'"
        + " WHEN b.st <> k.st THEN 'STATUS_MISMATCH' ELSE 'MATCHED' END pair"
        + " FROM b FULL OUTER JOIN k ON b.bs = k.bs AND b.ks = k.ks";
  }

  private static String exceptions() {
    String single = "bn <= 1 AND kn <= 1";
    return "SELECT 'DUPLICATE' cls, 'BANK' side, bs, ks FROM j WHERE bn > 1"
        + " UNION ALL SELECT 'DUPLICATE', 'BROKER', bs, ks FROM j WHERE kn > 1"
        + " UNION ALL SELECT 'OUT_OF_WINDOW', 'BANK', bs, ks FROM j WHERE "
        + single
        + " AND bn = 1 AND NOT bin"
        + " UNION ALL SELECT 'OUT_OF_WINDOW', 'BROKER', bs, ks FROM j WHERE "
        + single
        + " AND kn = 1 AND NOT kin"
        + " UNION ALL SELECT pair, 'PAIR', bs, ks FROM j WHERE bn = 1 AND kn = 1 AND bin AND kin"
        + " AND pair <> 'MATCHED'"
        + " UNION ALL SELECT 'BANK_ONLY', 'BANK', bs, ks FROM j WHERE "
        + single
        + " AND bn = 1 AND bin AND (kn = 0 OR NOT kin)"
        + " UNION ALL SELECT 'BROKER_ONLY', 'BROKER', bs, ks FROM j WHERE "
        + single
        + " AND kn = 1 AND kin AND (bn = 0 OR NOT bin)";
  }

  private static void printCounts(Statement s) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT count(*) FROM j WHERE bn = 1 AND kn = 1 AND bin"
                + " AND kin AND pair = 'MATCHED'")) {
      r.next();
      System.out.println("MATCHED " + r.getLong(1));
    }
    try (ResultSet r = s.executeQuery("SELECT cls, count(*) FROM e GROUP BY cls ORDER BY cls")) {
      while (r.next()) {
        System.out.println(r.getString(1) + " " + r.getLong(2));
      }
    }
  }
}
