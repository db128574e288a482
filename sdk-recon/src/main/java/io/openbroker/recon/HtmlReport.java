package io.openbroker.recon;

import io.openbroker.recon.internal.Html;
import io.openbroker.recon.internal.Masking;
import io.openbroker.recon.internal.SvgBarChart;
import io.openbroker.recon.internal.YuanAmount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The human-readable report of a run: one self-contained HTML page (inline CSS and SVG charts, no
 * scripts or external assets) with the files read, counts and amounts per class, a chart of
 * exceptions by class and by hour, and a sample of exceptions with account numbers masked.
 *
 * <pre>{@code
 * HtmlReport.write(summary, firstExceptions, dir.resolve("report.html"));
 * }</pre>
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** The page as text. */
  public static String render(ReconSummary s, List<Discrepancy> sample) {
    StringBuilder html = new StringBuilder(16 << 10);
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<title>对账报告 Reconciliation ")
        .append(s.window().businessDate())
        .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:")
        .append("collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
        .append("th:first-child,td:first-child{text-align:left}</style></head><body>\n")
        .append("<h1>对账报告 Reconciliation report ")
        .append(s.window().businessDate())
        .append("</h1>\n<p>Window ")
        .append(s.window().start())
        .append(" to ")
        .append(s.window().end())
        .append(". Matched pairs: ")
        .append(s.matched())
        .append(", exceptions: ")
        .append(s.exceptions())
        .append(" (fallback matches: ")
        .append(s.fallbackMatches())
        .append(").</p>\n");
    files(html, s);
    classes(html, s);
    charts(html, s);
    sample(html, sample);
    return html.append("</body></html>\n").toString();
  }

  private static void files(StringBuilder html, ReconSummary s) {
    html.append("<h2>Files</h2><table><tr><th>side</th><th>file</th><th>records</th>")
        .append("<th>malformed lines</th><th>total</th></tr>\n");
    for (ReadSummary r : List.of(s.bank(), s.broker())) {
      html.append("<tr><td>")
          .append(r == s.bank() ? "bank" : "broker")
          .append("</td><td>")
          .append(Html.escape(r.file()))
          .append("</td><td>")
          .append(r.records())
          .append("</td><td>")
          .append(r.malformed())
          .append("</td><td>")
          .append(YuanAmount.format(r.totalFen()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void classes(StringBuilder html, ReconSummary s) {
    html.append("<h2>Classes</h2><table><tr><th>class</th><th>count</th><th>amount</th>")
        .append("<th>长款 surplus</th><th>短款 shortfall</th></tr>\n");
    s.totals()
        .forEach(
            (c, t) ->
                html.append("<tr><td>")
                    .append(c)
                    .append("</td><td>")
                    .append(t.count())
                    .append("</td><td>")
                    .append(YuanAmount.format(t.amountFen()))
                    .append("</td><td>")
                    .append(YuanAmount.format(t.surplusFen()))
                    .append("</td><td>")
                    .append(YuanAmount.format(t.shortfallFen()))
                    .append("</td></tr>\n"));
    html.append("</table>\n");
  }

  private static void charts(StringBuilder html, ReconSummary s) {
    List<String> classLabels = new ArrayList<>();
    List<Long> classCounts = new ArrayList<>();
    long[] byHour = new long[24];
    s.exceptionsByHour()
        .forEach(
            (c, hours) -> {
              classLabels.add(c.name());
              classCounts.add(s.count(c));
              for (int h = 0; h < 24; h++) {
                byHour[h] += hours.get(h);
              }
            });
    List<String> hourLabels = new ArrayList<>();
    List<Long> hourCounts = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      hourLabels.add(String.format(java.util.Locale.ROOT, "%02d:00", h));
      hourCounts.add(byHour[h]);
    }
    html.append("<h2>Exceptions by class</h2>\n")
        .append(SvgBarChart.render("Exceptions by class", classLabels, classCounts, 40))
        .append("<h2>Exceptions by hour of trade time</h2>\n")
        .append(SvgBarChart.render("Exceptions by hour", hourLabels, hourCounts, 18));
  }

  private static void sample(StringBuilder html, List<Discrepancy> sample) {
    html.append("<h2>Exceptions (first ")
        .append(sample.size())
        .append(")</h2>")
        .append("<table><tr><th>class</th><th>side</th><th>bank serial</th><th>broker serial")
        .append("</th><th>field</th><th>bank</th><th>broker</th><th>resolution</th>")
        .append("<th>effect</th></tr>\n");
    for (Discrepancy d : sample) {
      String bank = d.fieldIsAccount() ? Masking.account(d.bankValue()) : d.bankValue();
      String broker = d.fieldIsAccount() ? Masking.account(d.brokerValue()) : d.brokerValue();
      html.append("<tr><td>")
          .append(d.reconClass())
          .append("</td><td>")
          .append(d.side())
          .append("</td><td>")
          .append(Html.escape(d.bankSerial()))
          .append("</td><td>")
          .append(Html.escape(d.brokerSerial()))
          .append("</td><td>")
          .append(Html.escape(d.field()))
          .append("</td><td>")
          .append(Html.escape(bank))
          .append("</td><td>")
          .append(Html.escape(broker))
          .append("</td><td>")
          .append(d.resolution())
          .append("</td><td>")
          .append(d.effect())
          .append(' ')
          .append(YuanAmount.format(d.effectFen()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** Writes the page to {@code file} in UTF-8. */
  public static void write(ReconSummary summary, List<Discrepancy> sample, Path file)
      throws IOException {
    Files.writeString(file, render(summary, sample), StandardCharsets.UTF_8);
  }
}
