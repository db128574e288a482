package io.openbroker.transfer.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Which days are trading days (transfer hours apply only on them, unless 7×24). */
@FunctionalInterface
public interface TradingCalendar {

  /** Whether {@code date} is a trading day. */
  boolean isTradingDay(LocalDate date);

  /** Monday to Friday except {@code holidays}. */
  static TradingCalendar weekdaysExcept(Set<LocalDate> holidays) {
    Set<LocalDate> closed = Set.copyOf(holidays);
    return date ->
        date.getDayOfWeek() != DayOfWeek.SATURDAY
            && date.getDayOfWeek() != DayOfWeek.SUNDAY
            && !closed.contains(date);
  }
}
