package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same records written two very different ways must fully match. */
class FileVariantsTest {

  @TempDir Path dir;

  @Test
  void filesDifferingInColumnOrderEncodingBomAndLineEndsFullyMatch() throws IOException {
    ReconDrill.Generated drill = new ReconDrill(3, Fixtures.DAY, 0, 30).inMemory(500);
    List<DetailField> reversed = new ArrayList<>(List.of(DetailField.values()));
    Collections.reverse(reversed);
    Path bank = dir.resolve("bank.txt");
    FileLayout gbkPipes = FileLayout.delimited('|').withCharset(Charset.forName("GBK"));
    try (DetailFileWriter w = DetailFileWriter.open(bank, gbkPipes, reversed, false, "\r\n")) {
      for (TransferRecord r : drill.bank()) {
        w.write(r);
      }
    }
    Path broker = dir.resolve("broker.csv");
    try (DetailFileWriter w =
        DetailFileWriter.open(
            broker, FileLayout.csv(), List.of(DetailField.values()), true, "\n")) {
      for (TransferRecord r : drill.broker()) {
        w.write(r);
      }
    }
    Fixtures.Result r =
        Fixtures.reconcile(
            Reconciler.builder(BusinessWindow.calendarDay(Fixtures.DAY))
                .bankLayout(gbkPipes)
                .build(),
            bank,
            broker);
    assertThat(r.exceptions()).isEmpty();
    assertThat(r.malformed()).isEmpty();
    assertThat(r.summary().matched()).isEqualTo(500);
    assertThat(drill.bank()).anySatisfy(t -> assertThat(t.customerName()).contains("欧阳"));
  }

  @Test
  void namesOutsideTheBmpRoundTripInUtf8() throws IOException {
    ReconDrill.Generated drill = new ReconDrill(5, Fixtures.DAY, 0, 100).inMemory(200);
    assertThat(drill.bank())
        .anySatisfy(
            t ->
                assertThat(t.customerName().codePointCount(0, t.customerName().length()))
                    .isLessThan(t.customerName().length()));
    Path file = Fixtures.csv(dir, "f.csv", drill.bank());
    List<TransferRecord> read = new ArrayList<>();
    new DetailFileReader(FileLayout.csv(), true).read(file, read::add, m -> {}, b -> {});
    assertThat(read)
        .extracting(TransferRecord::customerName)
        .containsExactlyElementsOf(
            drill.bank().stream().map(TransferRecord::customerName).toList());
  }
}
