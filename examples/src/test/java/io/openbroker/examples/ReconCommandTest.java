package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.recon.DetailFileWriter;
import io.openbroker.recon.FileLayout;
import io.openbroker.recon.ReconClass;
import io.openbroker.recon.ReconDrill;
import io.openbroker.recon.TransferRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReconCommandTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new OpenBrokerCli());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(out, true));
    return cli.execute(args);
  }

  private Path write(String name, List<TransferRecord> records) throws IOException {
    Path file = dir.resolve(name);
    try (DetailFileWriter w = DetailFileWriter.open(file, FileLayout.csv())) {
      for (TransferRecord r : records) {
        w.write(r);
      }
    }
    return file;
  }

  @Test
  void writesExceptionsSummaryAndReportAndExitsZeroWhateverItFinds() throws IOException {
    ReconDrill.Generated drill = new ReconDrill(11, DAY, 200, 40).inMemory(400);
    Path bank = write("bank.csv", drill.bank());
    Path broker = write("broker.csv", drill.broker());
    Path outDir = dir.resolve("out");

    int code =
        run(
            "recon",
            "--bank",
            bank.toString(),
            "--broker",
            broker.toString(),
            "--date",
            "2026-11-20",
            "--out",
            outDir.toString());

    assertThat(code).as(err.toString()).isZero();
    List<String> rows = Files.readAllLines(outDir.resolve("exceptions.csv"));
    assertThat(rows.get(0))
        .startsWith(
            "class,side,bank_serial,broker_serial,field,bank_value,broker_value,resolution");
    assertThat(rows).hasSize(drill.expected().size() + 1);
    JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
    long expectedMatched = 400 - drill.expected().size();
    assertThat(summary.get("matched").asLong()).isEqualTo(expectedMatched);
    long bankOnly =
        drill.expected().stream().filter(e -> e.reconClass() == ReconClass.BANK_ONLY).count();
    assertThat(summary.get("counts").get("BANK_ONLY").asLong()).isEqualTo(bankOnly);
    String html = Files.readString(outDir.resolve("report.html"));
    assertThat(html).contains("<svg").doesNotContain("<script").doesNotContain("src=");
  }

  @Test
  void aMissingFileFailsWithAOneLineReason() {
    int code =
        run(
            "recon",
            "--bank",
            dir.resolve("nope.csv").toString(),
            "--broker",
            dir.resolve("nope2.csv").toString(),
            "--date",
            "2026-11-20",
            "--out",
            dir.toString());
    assertThat(code).isNotZero();
    assertThat(err.toString().strip()).startsWith("recon: no such file").doesNotContain("\n");
  }

  @Test
  void malformedLinesAreListedAndTheRunStillCompletes() throws IOException {
    ReconDrill.Generated drill = new ReconDrill(12, DAY, 0, 10).inMemory(20);
    Path bank = write("bank.csv", drill.bank());
    Files.writeString(
        bank,
        "B9,S9,x,1,2,BROKER,UP,1,CNY,2026-11-20T10:00:00,SUCCESS\n",
        java.nio.file.StandardOpenOption.APPEND);
    Path broker = write("broker.csv", drill.broker());
    Path outDir = dir.resolve("out");
    int code =
        run(
            "recon",
            "--bank",
            bank.toString(),
            "--broker",
            broker.toString(),
            "--date",
            "2026-11-20",
            "--out",
            outDir.toString());
    assertThat(code).isZero();
    assertThat(Files.readAllLines(outDir.resolve("malformed.csv")))
        .hasSize(2)
        .last()
        .asString()
        .contains("\"bank.csv\",22,")
        .contains("direction");
  }

  @Test
  void layoutAndDayCutOptionsReadAGbkPipeFileAgainstACsvFile() throws IOException {
    ReconDrill.Generated drill = new ReconDrill(13, DAY, 0, 10).inMemory(50);
    FileLayout gbk = FileLayout.delimited('|').withCharset(java.nio.charset.Charset.forName("GBK"));
    Path bank = dir.resolve("bank.txt");
    try (DetailFileWriter w = DetailFileWriter.open(bank, gbk)) {
      for (TransferRecord r : drill.bank()) {
        w.write(r);
      }
    }
    Path broker = write("broker.csv", drill.broker());
    Path outDir = dir.resolve("out");
    int code =
        run(
            "recon",
            "--bank",
            bank.toString(),
            "--broker",
            broker.toString(),
            "--bank-format",
            "|",
            "--bank-charset",
            "GBK",
            "--day-cut",
            "23:59",
            "--date",
            "2026-11-20",
            "--out",
            outDir.toString());
    assertThat(code).as(err.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
    assertThat(summary.get("matched").asLong()).isEqualTo(50);
    assertThat(summary.get("window").get("start").asText()).isEqualTo("2026-11-19T23:59");
    assertThat(err.toString()).contains("partition").contains("100%");
  }
}
