package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.Effects;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.spi.AccountActivity;
import io.openbroker.transfer.spi.InvestorClass;
import io.openbroker.transfer.spi.RiskContext;
import io.openbroker.transfer.spi.RiskDecision;
import io.openbroker.transfer.spi.TradingCalendar;
import io.openbroker.transfer.testing.Customer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the default risk controls (SPEC §7.3), one at a time. */
class StandardRiskPolicyTest {

  private static final StandardRiskPolicy POLICY =
      new StandardRiskPolicy(
          StandardRiskPolicy.Settings.DEFAULTS
              .withCalendar(TradingCalendar.weekdaysExcept(Set.of(LocalDate.of(2026, 10, 1))))
              .withIpBlacklist(Set.of("203.0.113.7")));
  private static final StandardRiskPolicy ALWAYS_OPEN =
      new StandardRiskPolicy(StandardRiskPolicy.Settings.DEFAULTS.withSevenByTwentyFour());
  private static final AccountActivity QUIET =
      new AccountActivity(0, 0, Money.ofFen(0), Money.ofFen(0));

  /** A Friday, 10:00 China time. */
  private static final ZonedDateTime FRIDAY_10 =
      LocalDateTime.of(2026, 11, 20, 10, 0).atZone(Effects.CHINA);

  private static TransferRequest withdrawal(String amount) {
    Customer c = Customer.number(1);
    return TransferRequest.withdrawal(
        BusinessSerial.parse("R1"), c.fund(), c.card(), Money.parse(amount));
  }

  private static RiskDecision assess(
      StandardRiskPolicy policy,
      TransferRequest r,
      ZonedDateTime at,
      InvestorClass k,
      AccountActivity a) {
    return policy.assess(new RiskContext(r, at, Optional.of("198.51.100.1"), k, a));
  }

  private static String code(RiskDecision d) {
    if (d instanceof RiskDecision.Deny deny) {
      return "DENY " + deny.code();
    }
    if (d instanceof RiskDecision.Review review) {
      return "REVIEW " + review.code();
    }
    return "ALLOW";
  }

  @Test
  void allowsAnOrdinaryTransferInHours() {
    assertThat(code(assess(POLICY, withdrawal("100.00"), FRIDAY_10, InvestorClass.ORDINARY, QUIET)))
        .isEqualTo("ALLOW");
  }

  @Test
  void deniesABlacklistedAddress() {
    RiskDecision d =
        POLICY.assess(
            new RiskContext(
                withdrawal("1.00"),
                FRIDAY_10,
                Optional.of("203.0.113.7"),
                InvestorClass.ORDINARY,
                QUIET));
    assertThat(code(d)).isEqualTo("DENY IP_BLACKLISTED");
  }

  @Test
  void deniesOutsideHoursOnWeekendsAndHolidaysButNotIn7x24Mode() {
    TransferRequest r = withdrawal("1.00");
    assertThat(
            code(
                assess(
                    POLICY,
                    r,
                    FRIDAY_10.withHour(16).withMinute(30),
                    InvestorClass.ORDINARY,
                    QUIET)))
        .isEqualTo("DENY OUTSIDE_TRANSFER_HOURS");
    assertThat(
            code(
                assess(
                    POLICY,
                    r,
                    FRIDAY_10.withHour(7).withMinute(59),
                    InvestorClass.ORDINARY,
                    QUIET)))
        .isEqualTo("DENY OUTSIDE_TRANSFER_HOURS");
    assertThat(code(assess(POLICY, r, FRIDAY_10.plusDays(1), InvestorClass.ORDINARY, QUIET)))
        .isEqualTo("DENY OUTSIDE_TRANSFER_HOURS");
    ZonedDateTime holiday = LocalDateTime.of(2026, 10, 1, 10, 0).atZone(Effects.CHINA);
    assertThat(code(assess(POLICY, r, holiday, InvestorClass.ORDINARY, QUIET)))
        .isEqualTo("DENY OUTSIDE_TRANSFER_HOURS");
    assertThat(
            code(
                assess(
                    ALWAYS_OPEN,
                    r,
                    FRIDAY_10.plusDays(1).withHour(3),
                    InvestorClass.ORDINARY,
                    QUIET)))
        .isEqualTo("ALLOW");
  }

  @Test
  void appliesLimitsByInvestorClass() {
    assertThat(
            code(assess(POLICY, withdrawal("500000.01"), FRIDAY_10, InvestorClass.ORDINARY, QUIET)))
        .isEqualTo("DENY ABOVE_TRANSFER_LIMIT");
    assertThat(
            code(
                assess(
                    POLICY, withdrawal("500000.01"), FRIDAY_10, InvestorClass.PROFESSIONAL, QUIET)))
        .isEqualTo("ALLOW");
    AccountActivity busyDay = new AccountActivity(1, 0, Money.ofFen(0), Money.parse("499999.00"));
    assertThat(code(assess(POLICY, withdrawal("1.00"), FRIDAY_10, InvestorClass.ORDINARY, busyDay)))
        .isEqualTo("ALLOW");
    assertThat(code(assess(POLICY, withdrawal("1.01"), FRIDAY_10, InvestorClass.ORDINARY, busyDay)))
        .isEqualTo("DENY ABOVE_DAILY_LIMIT");
  }

  @Test
  void sendsVelocityAndRepeatedFailuresToReview() {
    assertThat(
            code(
                assess(
                    POLICY,
                    withdrawal("1.00"),
                    FRIDAY_10,
                    InvestorClass.ORDINARY,
                    new AccountActivity(20, 0, Money.ofFen(0), Money.ofFen(0)))))
        .isEqualTo("REVIEW HIGH_VELOCITY");
    assertThat(
            code(
                assess(
                    POLICY,
                    withdrawal("1.00"),
                    FRIDAY_10,
                    InvestorClass.ORDINARY,
                    new AccountActivity(5, 5, Money.ofFen(0), Money.ofFen(0)))))
        .isEqualTo("REVIEW REPEATED_FAILURES");
  }

  @Test
  void sendsALargeWithdrawalAtNightToReview() {
    ZonedDateTime night = FRIDAY_10.withHour(23);
    assertThat(
            code(assess(ALWAYS_OPEN, withdrawal("50000.00"), night, InvestorClass.ORDINARY, QUIET)))
        .isEqualTo("REVIEW LARGE_NIGHT_WITHDRAWAL");
    assertThat(
            code(assess(ALWAYS_OPEN, withdrawal("49999.99"), night, InvestorClass.ORDINARY, QUIET)))
        .isEqualTo("ALLOW");
    assertThat(
            code(
                assess(
                    ALWAYS_OPEN, withdrawal("50000.00"), FRIDAY_10, InvestorClass.ORDINARY, QUIET)))
        .isEqualTo("ALLOW");
  }
}
