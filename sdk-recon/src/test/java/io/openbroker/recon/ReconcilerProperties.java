package io.openbroker.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * For generated files with a known set of injected discrepancies, the reconciler reports exactly
 * that set — nothing more, nothing less — whatever the row order and the partitioning.
 */
class ReconcilerProperties {

  private final Path dir;

  ReconcilerProperties() throws IOException {
    dir = Files.createTempDirectory("recon-props");
  }

  @AfterProperty
  void cleanUp() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 40)
  void reportsExactlyTheInjectedDiscrepancies(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int keys,
      @ForAll @IntRange(min = 0, max = 400) int perThousand,
      @ForAll @IntRange(min = 1, max = 9) int partitions) {
    ReconDrill.Generated drill = new ReconDrill(seed, Fixtures.DAY, perThousand, 20).inMemory(keys);
    Random shuffle = new Random(seed);
    List<TransferRecord> bank = new ArrayList<>(drill.bank());
    List<TransferRecord> broker = new ArrayList<>(drill.broker());
    Collections.shuffle(bank, shuffle);
    Collections.shuffle(broker, shuffle);
    Fixtures.Result r;
    try {
      r =
          Fixtures.reconcile(
              Reconciler.builder(BusinessWindow.calendarDay(Fixtures.DAY))
                  .partitions(partitions)
                  .threads(2)
                  .build(),
              Fixtures.csv(dir, "bank.csv", bank),
              Fixtures.csv(dir, "broker.csv", broker));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DrillExpectation> reported = r.exceptions().stream().map(DrillExpectation::of).toList();
    assertThat(reported).containsExactlyInAnyOrderElementsOf(drill.expected());
    assertThat(r.summary().fallbackMatches()).isEqualTo(drill.fallbackMatches());
    assertThat(r.summary().exceptions()).isEqualTo(drill.expected().size());
    assertThat(r.malformed()).isEmpty();
  }
}
