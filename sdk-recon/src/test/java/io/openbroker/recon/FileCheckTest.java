package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckTest {

  /** GB/T 32905-2016 example 1: SM3("abc"). */
  private static final String SM3_ABC =
      "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

  @TempDir Path dir;

  @Test
  void aFileWithThePublishedSm3DigestPasses() throws IOException {
    Path file = Files.writeString(dir.resolve("abc.txt"), "abc");
    assertThatCode(() -> FileCheck.sm3(SM3_ABC.toUpperCase(java.util.Locale.ROOT)).verify(file))
        .doesNotThrowAnyException();
  }

  @Test
  void aTamperedFileIsRefusedBeforeAnyRecordIsRead() throws IOException {
    Path bank = Fixtures.csv(dir, "bank.csv", List.of(Fixtures.record("B1", "S1", 1)));
    Path broker = Fixtures.csv(dir, "broker.csv", List.of(Fixtures.record("B1", "S1", 1)));
    Reconciler reconciler =
        Reconciler.builder(BusinessWindow.calendarDay(Fixtures.DAY))
            .bankCheck(FileCheck.sm3(SM3_ABC))
            .build();
    List<Discrepancy> found = new ArrayList<>();
    assertThatThrownBy(() -> reconciler.reconcile(bank, broker, found::add, ReconListener.none()))
        .hasMessageContaining("RECON_FILE_UNVERIFIED");
    assertThat(found).isEmpty();
  }

  @Test
  void aTruncatedDownloadWithoutItsTrailerStopsTheRun() throws IOException {
    FileLayout withTrailer = FileLayout.csv().withTrailer("TOTAL");
    Path bank = dir.resolve("bank.csv");
    try (DetailFileWriter w = DetailFileWriter.open(bank, withTrailer)) {
      w.write(Fixtures.record("B1", "S1", 1));
    }
    Path broker = Fixtures.csv(dir, "broker.csv", List.of(Fixtures.record("B1", "S1", 1)));
    Reconciler ok =
        Reconciler.builder(BusinessWindow.calendarDay(Fixtures.DAY))
            .bankLayout(withTrailer)
            .build();
    assertThat(Fixtures.reconcile(ok, bank, broker).summary().matched()).isEqualTo(1);
    List<String> lines = Files.readAllLines(bank);
    Files.write(bank, lines.subList(0, lines.size() - 1));
    assertThatThrownBy(() -> Fixtures.reconcile(ok, bank, broker))
        .hasMessageContaining("RECON_FILE_INCOMPLETE");
  }
}
