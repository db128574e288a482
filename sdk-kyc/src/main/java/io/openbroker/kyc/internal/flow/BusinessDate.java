package io.openbroker.kyc.internal.flow;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Today's date on the injected clock, for every rule context. Every step asks (twice), so the date
 * is kept with the instants where it starts and ends, and the zone rules are consulted again only
 * once the clock leaves that day. Thread-safe: the day is one immutable value behind a volatile.
 */
final class BusinessDate {

  private final Clock clock;
  private volatile Day day;

  BusinessDate(Clock clock) {
    this.clock = clock;
    this.day = Day.of(clock, clock.millis());
  }

  /** The date now. */
  LocalDate today() {
    long now = clock.millis();
    Day current = day;
    if (!current.contains(now)) {
      current = Day.of(clock, now);
      day = current;
    }
    return current.date();
  }

  /** A date with its first millisecond (inclusive) and the next day's (exclusive). */
  private record Day(LocalDate date, long startMillis, long endMillis) {

    static Day of(Clock clock, long millis) {
      LocalDate date = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(millis), clock.getZone());
      long start = date.atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
      long end = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
      return new Day(date, start, end);
    }

    boolean contains(long millis) {
      return millis >= startMillis && millis < endMillis;
    }
  }
}
