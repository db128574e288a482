package io.openbroker.examples;

import io.openbroker.core.OpenBrokerException;
import io.openbroker.recon.BusinessWindow;
import io.openbroker.recon.Discrepancy;
import io.openbroker.recon.ExceptionFileWriter;
import io.openbroker.recon.FileCheck;
import io.openbroker.recon.FileLayout;
import io.openbroker.recon.HtmlReport;
import io.openbroker.recon.MalformedLine;
import io.openbroker.recon.ReconListener;
import io.openbroker.recon.ReconSummary;
import io.openbroker.recon.Reconciler;
import io.openbroker.recon.SummaryJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code openbroker recon}: reconciles a bank and a broker transfer detail file and writes {@code
 * exceptions.csv}, {@code summary.json}, {@code report.html} (and {@code malformed.csv} when lines
 * could not be read) to the output directory. Exit code 0 when the run completed, whatever it
 * found; 1 with a one-line reason when it could not run.
 */
@Command(
    name = "recon",
    mixinStandardHelpOptions = true,
    description = "Reconcile a bank and a broker transfer detail file (SPEC §9).")
final class ReconCommand implements Callable<Integer> {

  private static final int SAMPLE = 200;

  @Spec CommandSpec spec;

  @Option(names = "--bank", required = true, description = "The bank's detail file.")
  Path bank;

  @Option(names = "--broker", required = true, description = "The broker's detail file.")
  Path broker;

  @Option(names = "--date", required = true, description = "Business date, YYYY-MM-DD.")
  String date;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Option(names = "--day-cut", description = "Day-cut time HH:mm (default: calendar day).")
  String dayCut;

  @Option(names = "--bank-format", description = "csv (default) or a delimiter such as '|'.")
  String bankFormat = "csv";

  @Option(names = "--broker-format", description = "csv (default) or a delimiter such as '|'.")
  String brokerFormat = "csv";

  @Option(names = "--bank-charset", description = "Bank file encoding (default UTF-8).")
  String bankCharset = "UTF-8";

  @Option(names = "--broker-charset", description = "Broker file encoding (default UTF-8).")
  String brokerCharset = "UTF-8";

  @Option(names = "--trailer", description = "Marker of a summary row both files must end with.")
  String trailer;

  @Option(names = "--bank-sm3", description = "Published SM3 digest (hex) of the bank file.")
  String bankSm3;

  @Option(names = "--broker-sm3", description = "Published SM3 digest (hex) of the broker file.")
  String brokerSm3;

  @Option(names = "--strict", description = "Stop at the first malformed line.")
  boolean strict;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--work-dir", description = "Directory for spill files (default: temp).")
  Path workDir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(spec.commandLine().getOut(), err);
    } catch (OpenBrokerException | IllegalArgumentException | DateTimeParseException e) {
      err.println("recon: " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      err.println("recon: cannot write output: " + e.getMessage());
    }
    err.flush();
    return 1;
  }

  private int run(PrintWriter stdout, PrintWriter err) throws IOException {
    for (Path file : List.of(bank, broker)) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
    }
    Files.createDirectories(out);
    Reconciler reconciler = reconciler();
    List<Discrepancy> sample = new ArrayList<>();
    ProgressLine progress = new ProgressLine(err);
    ReconSummary summary;
    try (ExceptionFileWriter csv = ExceptionFileWriter.open(out.resolve("exceptions.csv"));
        MalformedFile malformed = new MalformedFile(out.resolve("malformed.csv"))) {
      Consumer<Discrepancy> exceptions =
          d -> {
            csv.accept(d);
            if (sample.size() < SAMPLE) {
              sample.add(d);
            }
          };
      summary = reconciler.reconcile(bank, broker, exceptions, listener(progress, malformed));
    }
    progress.done();
    SummaryJson.write(summary, out.resolve("summary.json"));
    HtmlReport.write(summary, sample, out.resolve("report.html"));
    stdout.printf(
        Locale.ROOT,
        "matched %d, exceptions %d, malformed lines %d; see %s%n",
        summary.matched(),
        summary.exceptions(),
        summary.bank().malformed() + summary.broker().malformed(),
        out);
    stdout.flush();
    return 0;
  }

  private static ReconListener listener(ProgressLine progress, MalformedFile malformed) {
    return new ReconListener() {
      @Override
      public void progress(Phase phase, long done, long total) {
        progress.show(phase, done, total);
      }

      @Override
      public void malformed(MalformedLine line) {
        malformed.add(line);
      }
    };
  }

  private Reconciler reconciler() {
    LocalDate day = LocalDate.parse(date);
    BusinessWindow window =
        dayCut == null
            ? BusinessWindow.calendarDay(day)
            : BusinessWindow.dayCut(day, LocalTime.parse(dayCut));
    Reconciler.Builder builder =
        Reconciler.builder(window)
            .bankLayout(layout(bankFormat, bankCharset))
            .brokerLayout(layout(brokerFormat, brokerCharset))
            .strict(strict)
            .threads(threads);
    if (bankSm3 != null) {
      builder.bankCheck(FileCheck.sm3(bankSm3));
    }
    if (brokerSm3 != null) {
      builder.brokerCheck(FileCheck.sm3(brokerSm3));
    }
    if (workDir != null) {
      builder.workDirectory(workDir);
    }
    return builder.build();
  }

  private FileLayout layout(String format, String charset) {
    FileLayout layout =
        "csv".equalsIgnoreCase(format) ? FileLayout.csv() : FileLayout.delimited(delimiter(format));
    layout = layout.withCharset(Charset.forName(charset));
    return trailer == null ? layout : layout.withTrailer(trailer);
  }

  private static char delimiter(String format) {
    if (format.length() != 1) {
      throw new IllegalArgumentException("format must be csv or a single delimiter character");
    }
    return format.charAt(0);
  }
}
