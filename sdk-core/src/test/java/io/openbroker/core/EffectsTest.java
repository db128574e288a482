package io.openbroker.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EffectsTest {

  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);

  @Test
  void sameSeedGivesSameRandomnessAndIds() {
    Effects a = Effects.deterministic(42, FIXED);
    Effects b = Effects.deterministic(42, FIXED);
    assertThat(a.random().nextBytes(16)).isEqualTo(b.random().nextBytes(16));
    assertThat(a.ids().nextId()).isEqualTo(b.ids().nextId());
    assertThat(a.random().asSecureRandom().nextLong())
        .isEqualTo(b.random().asSecureRandom().nextLong());
  }

  @Test
  void differentSeedsDiffer() {
    assertThat(RandomSource.seeded(1).nextBytes(16))
        .isNotEqualTo(RandomSource.seeded(2).nextBytes(16));
  }

  @Test
  void sequentialIdsCountUpFromOne() {
    IdGenerator ids = IdGenerator.sequential("req-");
    assertThat(ids.nextId()).isEqualTo("req-1");
    assertThat(ids.nextId()).isEqualTo("req-2");
  }

  @Test
  void randomIdsAre32HexCharacters() {
    assertThat(IdGenerator.random(RandomSource.seeded(3)).nextId()).matches("[0-9a-f]{32}");
  }

  @Test
  void injectedClockIsTheOneRead() {
    assertThat(Effects.deterministic(1, FIXED).now())
        .isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
  }

  @Test
  void errorMessageStartsWithItsStableCode() {
    OpenBrokerException e =
        new InvalidInputException(CoreErrorCode.MONEY_MALFORMED, "not a number");
    assertThat(e.code()).isEqualTo(CoreErrorCode.MONEY_MALFORMED);
    assertThat(e).hasMessage("MONEY_MALFORMED: not a number");
  }
}
