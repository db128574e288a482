package io.openbroker.recon;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The time window of one business date: records whose trade time falls outside it belong to another
 * date's reconciliation ({@link ReconClass#OUT_OF_WINDOW}).
 *
 * <pre>{@code
 * BusinessWindow.calendarDay(LocalDate.of(2026, 11, 20));          // [20th 00:00, 21st 00:00)
 * BusinessWindow.dayCut(LocalDate.of(2026, 11, 20), LocalTime.of(16, 0)); // [19th 16:00, 20th 16:00)
 * }</pre>
 *
 * @param businessDate the date being reconciled
 * @param start inclusive start
 * @param end exclusive end
 */
public record BusinessWindow(LocalDate businessDate, LocalDateTime start, LocalDateTime end) {

  public BusinessWindow {
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "window start must be before its end: " + start + ", " + end);
    }
  }

  /** The default: the calendar day {@code [D 00:00, D+1 00:00)}. */
  public static BusinessWindow calendarDay(LocalDate date) {
    return new BusinessWindow(date, date.atStartOfDay(), date.plusDays(1).atStartOfDay());
  }

  /**
   * 日切 — a day-cut at {@code cut}: {@code [D-1 cut, D cut)}, e.g. a bank closing its day at 16:00.
   * A cut at midnight is the calendar day.
   */
  public static BusinessWindow dayCut(LocalDate date, LocalTime cut) {
    if (cut.equals(LocalTime.MIDNIGHT)) {
      return calendarDay(date);
    }
    return new BusinessWindow(date, date.minusDays(1).atTime(cut), date.atTime(cut));
  }

  /** Whether {@code time} falls in {@code [start, end)}. */
  public boolean contains(LocalDateTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }
}
