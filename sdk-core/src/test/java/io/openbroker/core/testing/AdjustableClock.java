package io.openbroker.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

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

  private volatile Instant now;
  private final ZoneId zone;

  private AdjustableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code now}, in UTC. */
  public static AdjustableClock at(Instant now) {
    return new AdjustableClock(now, ZoneOffset.UTC);
  }

  /** A clock standing at {@code epochMillis}, in UTC. */
  public static AdjustableClock atMillis(long epochMillis) {
    return at(Instant.ofEpochMilli(epochMillis));
  }

  /** Moves the clock forward (or back, for a negative duration). */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    AdjustableClock copy = new AdjustableClock(now, newZone);
    return copy;
  }
}
