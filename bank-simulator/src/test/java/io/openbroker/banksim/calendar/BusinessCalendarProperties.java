package io.openbroker.banksim.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The calendar's roll-over: the next business day on or after any date. */
class BusinessCalendarProperties {

  private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 730).map(BASE::plusDays);
  }

  @Provide
  Arbitrary<Set<LocalDate>> holidays() {
    return dates().set().ofMaxSize(40);
  }

  @Property
  void theRolledDateIsTheFirstBusinessDayOnOrAfter(
      @ForAll("dates") LocalDate date,
      @ForAll("holidays") Set<LocalDate> holidays,
      @ForAll boolean weekendsClosed) {
    BusinessCalendar calendar = new BusinessCalendar(weekendsClosed, holidays);
    LocalDate rolled = calendar.onOrAfter(date);

    assertThat(rolled).isAfterOrEqualTo(date);
    assertThat(calendar.isBusinessDay(rolled)).isTrue();
    for (LocalDate d = date; d.isBefore(rolled); d = d.plusDays(1)) {
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      assertThat(holidays.contains(d) || (weekendsClosed && weekend))
          .as("%s was skipped, so it must be closed", d)
          .isTrue();
    }
  }

  @Property
  void weekdaysAreExactlyMondayToFridayWithoutHolidays(@ForAll("dates") LocalDate date) {
    boolean weekday = !List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(date.getDayOfWeek());
    assertThat(BusinessCalendar.weekdays().isBusinessDay(date)).isEqualTo(weekday);
    assertThat(BusinessCalendar.everyDay().isBusinessDay(date)).isTrue();
    assertThat(BusinessCalendar.everyDay().withHolidays(List.of(date)).isBusinessDay(date))
        .isFalse();
  }
}
