package io.openbroker.kyc.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.testing.AdjustableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessDateTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void followsTheClockAcrossMidnightInItsZoneAndBack() {
    AdjustableClock utc = AdjustableClock.at(Instant.parse("2026-11-20T15:59:59.999Z"));
    BusinessDate date = new BusinessDate(utc.withZone(SHANGHAI));
    assertThat(date.today()).isEqualTo(LocalDate.of(2026, 11, 20));

    utc.advance(Duration.ofMillis(1)); // 2026-11-21 00:00:00.000 in Shanghai
    assertThat(date.today()).isEqualTo(LocalDate.of(2026, 11, 21));

    utc.set(Instant.parse("2026-11-19T12:00:00Z"));
    assertThat(date.today()).isEqualTo(LocalDate.of(2026, 11, 19));
  }

  @Test
  void aDaylightSavingDayEndsAtItsRealMidnight() {
    // 2026-03-08 in New York is 23 hours long: it ends at 2026-03-09T04:00Z, not 05:00Z.
    AdjustableClock utc = AdjustableClock.at(Instant.parse("2026-03-08T12:00:00Z"));
    BusinessDate date = new BusinessDate(utc.withZone(NEW_YORK));
    assertThat(date.today()).isEqualTo(LocalDate.of(2026, 3, 8));

    utc.set(Instant.parse("2026-03-09T04:00:00Z"));
    assertThat(date.today()).isEqualTo(LocalDate.of(2026, 3, 9));
  }
}
