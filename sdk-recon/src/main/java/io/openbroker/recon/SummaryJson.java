package io.openbroker.recon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.openbroker.recon.internal.YuanAmount;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-readable summary of a run (JSON): {@code matched}, {@code counts} per class, amounts
 * per class as exact decimal text (never floating point), the files read and exceptions by hour.
 *
 * <pre>{@code
 * SummaryJson.write(summary, dir.resolve("summary.json"));
 * }</pre>
 */
public final class SummaryJson {

  private SummaryJson() {}

  /** The summary as a JSON tree of maps and lists. */
  public static Map<String, Object> toTree(ReconSummary s) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("businessDate", s.window().businessDate().toString());
    Map<String, Object> window = new LinkedHashMap<>();
    window.put("start", s.window().start().toString());
    window.put("end", s.window().end().toString());
    root.put("window", window);
    root.put("matched", s.matched());
    root.put("exceptions", s.exceptions());
    root.put("fallbackMatches", s.fallbackMatches());
    Map<String, Object> counts = new LinkedHashMap<>();
    Map<String, Object> amounts = new LinkedHashMap<>();
    s.totals()
        .forEach(
            (c, t) -> {
              counts.put(c.name(), t.count());
              Map<String, Object> a = new LinkedHashMap<>();
              a.put("amount", YuanAmount.format(t.amountFen()));
              a.put("surplus", YuanAmount.format(t.surplusFen()));
              a.put("shortfall", YuanAmount.format(t.shortfallFen()));
              amounts.put(c.name(), a);
            });
    root.put("counts", counts);
    root.put("amounts", amounts);
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("bank", file(s.bank()));
    files.put("broker", file(s.broker()));
    root.put("files", files);
    Map<String, Object> hours = new LinkedHashMap<>();
    s.exceptionsByHour().forEach((c, list) -> hours.put(c.name(), list));
    root.put("exceptionsByHour", hours);
    return root;
  }

  private static Map<String, Object> file(ReadSummary r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", r.file());
    f.put("records", r.records());
    f.put("malformed", r.malformed());
    f.put("total", YuanAmount.format(r.totalFen()));
    return f;
  }

  /** Writes the summary to {@code file}, pretty-printed. */
  public static void write(ReconSummary summary, Path file) throws IOException {
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), toTree(summary));
  }
}
