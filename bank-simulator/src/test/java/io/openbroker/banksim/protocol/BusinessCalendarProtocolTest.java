package io.openbroker.banksim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BusinessCalendar;
import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.SignedClient.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The business calendar over real HTTP: weekends and holidays take no transfers, and the business
 * date rolls over them. The fixture starts on Friday 2026-11-20, 10:00 China time.
 */
class BusinessCalendarProtocolTest {

  private static final Instant SATURDAY_10H = Instant.parse("2026-11-21T02:00:00Z");
  private static final Instant MONDAY_10H = Instant.parse("2026-11-23T02:00:00Z");

  private BankFixture f;

  @AfterEach
  void stop() {
    f.close();
  }

  private void start(BusinessCalendar calendar) throws Exception {
    f = new BankFixture(b -> b.businessCalendar(calendar));
    assertThat(f.designate("D1").code()).isEqualTo("SUCCESS");
  }

  private Reply signIn(String serial, String date) throws Exception {
    return f.broker.post("/v1/sign-in", Map.of("brokerSerial", serial, "businessDate", date));
  }

  @Test
  void fridaysDayCutRollsTheBusinessDateOverTheWeekendToMonday() throws Exception {
    start(BusinessCalendar.weekdays());
    f.clock.advance(Duration.ofHours(6)); // Friday 16:00: day-cut

    Reply refused = f.deposit("T1", "1.00");
    assertThat(refused.code()).isEqualTo("DAY_CUT_IN_PROGRESS");
    assertThat(refused.body().path("businessDate").asText()).isEqualTo("2026-11-23");
    assertThat(signIn("S1", "2026-11-21").code()).isEqualTo("BUSINESS_DATE_MISMATCH");
    assertThat(signIn("S2", "2026-11-23").code()).isEqualTo("SUCCESS");

    Reply evening = f.deposit("T2", "1.00");
    assertThat(evening.code()).as("Friday evening is still a business day").isEqualTo("SUCCESS");
    assertThat(evening.body().path("businessDate").asText()).isEqualTo("2026-11-23");
    assertThat(f.bank.businessDate()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void onASaturdayTransfersAreRefusedAndTheBankIsAlreadyAtMonday() throws Exception {
    start(BusinessCalendar.weekdays());
    f.clock.set(SATURDAY_10H);
    assertThat(signIn("S1", "2026-11-23").code()).isEqualTo("SUCCESS");

    Reply refused = f.deposit("T1", "1.00");
    assertThat(refused.code()).isEqualTo("OUTSIDE_HOURS");
    assertThat(refused.body().path("message").asText()).contains("not a business day");
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isZero();

    f.clock.set(MONDAY_10H);
    Reply monday = f.deposit("T2", "1.00");
    assertThat(monday.code()).isEqualTo("SUCCESS");
    assertThat(monday.body().path("businessDate").asText()).isEqualTo("2026-11-23");
    assertThat(f.bank.managementBalanceFen(BankFixture.BROKER, BankFixture.FUND)).isEqualTo(100);
  }

  @Test
  void aHolidayIsSkippedLikeAWeekendDay() throws Exception {
    start(BusinessCalendar.weekdays().withHolidays(List.of(LocalDate.of(2026, 11, 23))));
    f.clock.advance(Duration.ofHours(6)); // Friday 16:00: day-cut
    assertThat(f.bank.businessDate()).isEqualTo(LocalDate.of(2026, 11, 24));

    f.clock.set(MONDAY_10H);
    assertThat(signIn("S1", "2026-11-24").code()).isEqualTo("SUCCESS");
    assertThat(f.deposit("T1", "1.00").code()).isEqualTo("OUTSIDE_HOURS");
  }

  @Test
  void theDefaultCalendarTakesTransfersEveryDay() throws Exception {
    start(BusinessCalendar.everyDay());
    f.clock.set(SATURDAY_10H);
    assertThat(signIn("S1", "2026-11-21").code()).isEqualTo("SUCCESS");
    assertThat(f.deposit("T1", "1.00").code()).isEqualTo("SUCCESS");
  }
}
