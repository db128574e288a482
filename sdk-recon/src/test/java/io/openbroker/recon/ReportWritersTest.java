package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

  @TempDir Path dir;

  private Fixtures.Result run() throws IOException {
    TransferRecord a = Fixtures.record("B1", "S1", 10_000);
    TransferRecord b = Fixtures.withSerials(a, "B,2", "S\"2");
    TransferRecord c = Fixtures.record("B3", "S3", 1);
    return Fixtures.reconcile(
        dir, List.of(a, b, c), List.of(a, Fixtures.withAccounts(c, "999", c.bankAccount())));
  }

  @Test
  void theExceptionFileQuotesCellsAndReadsBackRowByRow() throws IOException {
    Fixtures.Result r = run();
    Path file = dir.resolve("exceptions.csv");
    try (ExceptionFileWriter csv = ExceptionFileWriter.open(file)) {
      r.exceptions().forEach(csv);
    }
    List<io.openbroker.recon.internal.Row> rows = new java.util.ArrayList<>();
    try (var reader =
        new io.openbroker.recon.internal.CsvRowReader(Files.newInputStream(file), ',', true)) {
      for (var row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).fields())
        .startsWith(
            "class",
            "side",
            "bank_serial",
            "broker_serial",
            "field",
            "bank_value",
            "broker_value",
            "resolution");
    assertThat(rows)
        .anySatisfy(row -> assertThat(row.fields()).startsWith("BANK_ONLY", "BANK", "B,2", "S\"2"));
  }

  @Test
  void theSummaryHasMatchedAndACountForEveryClass() throws IOException {
    Path file = dir.resolve("summary.json");
    SummaryJson.write(run().summary(), file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("matched").asLong()).isEqualTo(1);
    assertThat(json.get("counts").get("BANK_ONLY").asLong()).isEqualTo(1);
    assertThat(json.get("counts").get("ACCOUNT_MISMATCH").asLong()).isEqualTo(1);
    assertThat(json.get("counts").size()).isEqualTo(ReconClass.values().length);
    assertThat(json.get("amounts").get("BANK_ONLY").get("shortfall").asText()).isEqualTo("100.00");
  }

  @Test
  void theHtmlReportIsSelfContainedWithChartsAndMaskedAccounts() throws IOException {
    Fixtures.Result r = run();
    String html = HtmlReport.render(r.summary(), r.exceptions());
    assertThat(html).contains("<svg").contains("Exceptions by hour").contains("ACCOUNT_MISMATCH");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    assertThat(html).doesNotContain("008800001234").contains("********1234");
    assertThat(html).contains("S&quot;2");
  }
}
