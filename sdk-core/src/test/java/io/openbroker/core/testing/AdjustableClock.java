package io.openbroker.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests set and advance by hand, so that time windows and cache expiry are tested
 * without sleeping. Thread-safe.
 *
 * <pre>{@code
 * AdjustableClock clock = AdjustableClock.at(Instant.parse("2026-11-20T02:00:00Z"));
 * clock.advance(Duration.ofMinutes(11));
 * }</pre>
 */
public final class AdjustableClock extends Clock {

  /** Shared with the copies made by {@link #withZone}, so they all move together. */
  private final AtomicReference<Instant> now;

  private final ZoneId zone;

  private AdjustableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code now}, in UTC. */
  public static AdjustableClock at(Instant now) {
    return new AdjustableClock(new AtomicReference<>(now), ZoneOffset.UTC);
  }

  /** A clock standing at {@code epochMillis}, in UTC. */
  public static AdjustableClock atMillis(long epochMillis) {
    return at(Instant.ofEpochMilli(epochMillis));
  }

  /** Moves the clock forward (or back, for a negative duration). */
  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new AdjustableClock(now, newZone);
  }
}
