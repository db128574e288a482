package io.openbroker.banksim.internal.books;

import io.openbroker.banksim.BusinessCalendar;
import io.openbroker.core.Effects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The bank's own rules that do not depend on its books: the day-cut, the business calendar,
 * transfer hours and the per-transfer limit.
 *
 * @param dayCut local time (China) at which the bank's business date moves to the next day
 * @param opens start of transfer hours, local time
 * @param closes end of transfer hours, exclusive; equal to {@code opens} means 7×24
 * @param perTransferLimitFen the largest single transfer, in fen
 * @param calendar the business days; transfers are taken on business days only
 */
public record BankRules(
    LocalTime dayCut,
    LocalTime opens,
    LocalTime closes,
    long perTransferLimitFen,
    BusinessCalendar calendar) {

  /** Day-cut 16:00, every day, 7×24 transfer hours, 1,000,000.00 CNY per transfer. */
  public static final BankRules DEFAULT =
      new BankRules(
          LocalTime.of(16, 0),
          LocalTime.MIDNIGHT,
          LocalTime.MIDNIGHT,
          100_000_000L,
          BusinessCalendar.everyDay());

  public BankRules {
    Objects.requireNonNull(dayCut, "dayCut");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (perTransferLimitFen <= 0) {
      throw new IllegalArgumentException("perTransferLimitFen must be positive");
    }
  }

  /**
   * The bank's business date at {@code now}: the calendar date, or the next one after day-cut;
   * rolled on to the next business day when that date is not one.
   */
  public LocalDate businessDate(Instant now) {
    LocalDateTime local = LocalDateTime.ofInstant(now, Effects.CHINA);
    LocalDate date =
        local.toLocalTime().isBefore(dayCut)
            ? local.toLocalDate()
            : local.toLocalDate().plusDays(1);
    return calendar.onOrAfter(date);
  }

  /** Whether {@code now} falls on a business day (China calendar date). */
  public boolean onBusinessDay(Instant now) {
    return calendar.isBusinessDay(LocalDateTime.ofInstant(now, Effects.CHINA).toLocalDate());
  }

  /** Whether transfers are taken at {@code now}. */
  public boolean withinHours(Instant now) {
    if (opens.equals(closes)) {
      return true;
    }
    LocalTime t = LocalDateTime.ofInstant(now, Effects.CHINA).toLocalTime();
    return opens.isBefore(closes)
        ? !t.isBefore(opens) && t.isBefore(closes)
        : !t.isBefore(opens) || t.isBefore(closes);
  }
}
