package io.openbroker.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SerialGeneratorTest {

  // 17:00 UTC on 20 November is already 21 November in China.
  private static final Clock EVENING_UTC =
      Clock.fixed(Instant.parse("2026-11-20T17:00:00Z"), ZoneOffset.UTC);

  @Test
  void prefixChinaDateAndZeroPaddedSequence() {
    SerialGenerator serials = SerialGenerator.inMemory("B", EVENING_UTC, 1);
    assertThat(serials.next()).isEqualTo(new BusinessSerial("B202611210000000001"));
    assertThat(serials.next()).isEqualTo(new BusinessSerial("B202611210000000002"));
  }

  @Test
  void sameClockAndStartGiveTheSameSerials() {
    SerialGenerator a = SerialGenerator.inMemory("N1-", EVENING_UTC, 42);
    SerialGenerator b = SerialGenerator.inMemory("N1-", EVENING_UTC, 42);
    for (int i = 0; i < 5; i++) {
      assertThat(a.next()).isEqualTo(b.next());
    }
  }

  @Test
  void takesNumbersFromAnExternalSequence() {
    AtomicLong database = new AtomicLong(99_999_999_998L);
    SerialGenerator serials =
        SerialGenerator.fromSequence("X", EVENING_UTC, database::incrementAndGet);
    assertThat(serials.next().value()).isEqualTo("X2026112199999999999");
    assertThat(serials.next().value()).isEqualTo("X20261121100000000000");
  }

  @Test
  void refusesASequenceThatNoLongerFitsThirtyTwoCharacters() {
    String prefix = "P".repeat(14);
    SerialGenerator serials = SerialGenerator.inMemory(prefix, EVENING_UTC, 9_999_999_999L);
    assertThat(serials.next().value()).hasSize(32);
    assertThatThrownBy(serials::next).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SerialGenerator.fromSequence("P", EVENING_UTC, () -> -1).next())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesBadPrefixesAndStarts() {
    assertThatThrownBy(() -> SerialGenerator.inMemory("P".repeat(15), EVENING_UTC, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SerialGenerator.inMemory("B 1", EVENING_UTC, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SerialGenerator.inMemory("B", EVENING_UTC, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentCallersNeverGetTheSameSerial() throws Exception {
    SerialGenerator serials = SerialGenerator.inMemory("C", EVENING_UTC, 0);
    Set<BusinessSerial> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_500; i++) {
                    seen.add(serials.next());
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).hasSize(10_000);
  }
}
