package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.money.CurrencyCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Any name — quotes, commas, line breaks, blanks, characters outside the BMP — survives a file. */
class CsvRoundTripProperties {

  @Provide
  Arbitrary<String> names() {
    Arbitrary<Integer> codePoints =
        Arbitraries.oneOf(
            Arbitraries.of(
                (int) '"', (int) ',', (int) '\n', (int) '\r', (int) ' ', 0x3000, (int) '|'),
            Arbitraries.integers().between(0x20, 0x7E),
            Arbitraries.integers().between(0x4E00, 0x9FA5),
            Arbitraries.integers().between(0x20000, 0x2A6D6));
    return codePoints
        .list()
        .ofMaxSize(12)
        .map(
            list -> {
              StringBuilder s = new StringBuilder();
              list.forEach(s::appendCodePoint);
              return s.toString();
            });
  }

  @Property(tries = 60)
  void namesRoundTripThroughCsv(@ForAll @Size(max = 8) List<@From("names") String> names)
      throws IOException {
    Path file = Files.createTempFile("names", ".csv");
    try {
      List<TransferRecord> written = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        written.add(
            new TransferRecord(
                "B" + i,
                "S" + i,
                names.get(i),
                "1",
                "2",
                Side.BANK,
                Direction.BANK_TO_SECURITIES,
                i,
                CurrencyCode.CNY,
                Fixtures.DAY.atTime(9, 0),
                TransferStatus.SUCCESS,
                0));
      }
      try (DetailFileWriter w = DetailFileWriter.open(file, FileLayout.csv())) {
        for (TransferRecord r : written) {
          w.write(r);
        }
      }
      List<TransferRecord> read = new ArrayList<>();
      List<MalformedLine> malformed = new ArrayList<>();
      new DetailFileReader(FileLayout.csv(), false).read(file, read::add, malformed::add, b -> {});
      assertThat(malformed).isEmpty();
      assertThat(read).extracting(TransferRecord::customerName).containsExactlyElementsOf(names);
    } finally {
      Files.delete(file);
    }
  }
}
