package io.openbroker.benchmarks;

import io.openbroker.recon.DetailFileWriter;
import io.openbroker.recon.DrillExpectation;
import io.openbroker.recon.FileLayout;
import io.openbroker.recon.ReconDrill;
import io.openbroker.recon.TransferRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a realistic pair of transfer detail files with ~1% injected discrepancies, streaming and
 * deterministic from the seed: {@code bank.csv}, {@code broker.csv} and {@code expected.csv} (the
 * injected discrepancies) in the output directory.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.openbroker.benchmarks.GenerateReconFiles \
 *     ROWS SEED OUT_DIR
 * </pre>
 */
public final class GenerateReconFiles {

  private GenerateReconFiles() {}

  public static void main(String[] args) throws IOException {
    long rows = Long.parseLong(args[0]);
    long seed = Long.parseLong(args[1]);
    Path out = Files.createDirectories(Path.of(args[2]));
    LocalDate day = LocalDate.of(2026, 11, 20);
    int clients = (int) Math.max(1, Math.min(2_000_000, rows / 5));
    try (DetailFileWriter bank = DetailFileWriter.open(out.resolve("bank.csv"), FileLayout.csv());
        DetailFileWriter broker =
            DetailFileWriter.open(out.resolve("broker.csv"), FileLayout.csv());
        BufferedWriter expected =
            Files.newBufferedWriter(out.resolve("expected.csv"), StandardCharsets.UTF_8)) {
      expected.write("class,side,bank_serial,broker_serial\n");
      new ReconDrill(seed, day, 10, clients)
          .generate(
              rows,
              new ReconDrill.Sink() {
                @Override
                public void bank(TransferRecord r) {
                  write(bank, r);
                }

                @Override
                public void broker(TransferRecord r) {
                  write(broker, r);
                }

                @Override
                public void expect(DrillExpectation e) {
                  try {
                    expected.write(
                        e.reconClass()
                            + ","
                            + e.side()
                            + ","
                            + e.bankSerial()
                            + ","
                            + e.brokerSerial()
                            + "\n");
                  } catch (IOException x) {
                    throw new UncheckedIOException(x);
                  }
                }
              });
    }
  }

  private static void write(DetailFileWriter w, TransferRecord r) {
    try {
      w.write(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
