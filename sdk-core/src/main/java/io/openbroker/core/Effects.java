package io.openbroker.core;

import io.openbroker.core.internal.SuppressForbidden;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything with a side effect on the outside world that OpenBroker code reads: time, randomness,
 * ids and waiting. Builders take one {@code Effects}; production uses {@link #system()}, tests and
 * simulations {@link #deterministic(long, Clock)} so that the same seed and clock reproduce a run
 * exactly.
 *
 * <pre>{@code
 * Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
 * Effects effects = Effects.deterministic(7, clock);
 * }</pre>
 *
 * @param clock the source of instants and of the business time zone
 * @param random randomness for nonces, keys-for-tests, jitter and fault schedules
 * @param ids unique opaque ids
 * @param sleeper waiting for backoff and polling
 */
public record Effects(Clock clock, RandomSource random, IdGenerator ids, Sleeper sleeper) {

  /** China Standard Time, the zone of business dates and trading hours. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public Effects {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Production defaults: the system clock in {@link #CHINA}, secure randomness, random ids, real
   * sleeping.
   */
  public static Effects system() {
    return new Effects(
        systemClock(),
        RandomSource.secure(),
        IdGenerator.random(RandomSource.secure()),
        Sleeper.system());
  }

  /**
   * Reproducible effects: seeded randomness and ids, the given clock, and a sleeper that does not
   * wait.
   */
  public static Effects deterministic(long seed, Clock clock) {
    RandomSource random = RandomSource.seeded(seed);
    return new Effects(clock, random, IdGenerator.random(random), duration -> {});
  }

  /** The current instant of this clock. */
  public Instant now() {
    return clock.instant();
  }

  @SuppressForbidden(reason = "the one default implementation of the injected clock")
  private static Clock systemClock() {
    return Clock.system(CHINA);
  }

  /** Returns a copy with another clock. */
  public Effects withClock(Clock newClock) {
    return new Effects(newClock, random, ids, sleeper);
  }
}
