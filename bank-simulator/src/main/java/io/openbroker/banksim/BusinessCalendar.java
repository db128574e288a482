package io.openbroker.banksim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank's business days (营业日): which calendar dates take transfers and can be a business date.
 * The business date rolls over non-business days: after Friday's day-cut, or on a Saturday, the
 * bank is at Monday (or the first business day after the holidays).
 *
 * <pre>{@code
 * BankSimulator.builder()
 *     .businessCalendar(BusinessCalendar.weekdays().withHolidays(List.of(LocalDate.of(2026, 10, 1))))
 * }</pre>
 *
 * @param weekendsClosed whether Saturdays and Sundays are not business days
 * @param holidays further dates that are not business days (China calendar dates)
 */
public record BusinessCalendar(boolean weekendsClosed, Set<LocalDate> holidays) {

  public BusinessCalendar {
    holidays = Set.copyOf(new TreeSet<>(Objects.requireNonNull(holidays, "holidays")));
  }

  /** Every date is a business day (7×24 mode; the simulator's default). */
  public static BusinessCalendar everyDay() {
    return new BusinessCalendar(false, Set.of());
  }

  /** Monday to Friday are business days (add holidays with {@link #withHolidays}). */
  public static BusinessCalendar weekdays() {
    return new BusinessCalendar(true, Set.of());
  }

  /** This calendar with {@code dates} closed as well. */
  public BusinessCalendar withHolidays(Collection<LocalDate> dates) {
    Set<LocalDate> all = new TreeSet<>(holidays);
    all.addAll(dates);
    return new BusinessCalendar(weekendsClosed, all);
  }

  /** Whether {@code date} takes transfers and can be a business date. */
  public boolean isBusinessDay(LocalDate date) {
    if (weekendsClosed
        && (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY)) {
      return false;
    }
    return !holidays.contains(date);
  }

  /** {@code date} if it is a business day, else the first business day after it. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate d = date;
    // Ends: at most every holiday plus two weekend days per week of holidays are skipped.
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
