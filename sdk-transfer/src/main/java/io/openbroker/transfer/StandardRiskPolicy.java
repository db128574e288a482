package io.openbroker.transfer;

import io.openbroker.core.money.Money;
import io.openbroker.transfer.spi.InvestorClass;
import io.openbroker.transfer.spi.RiskContext;
import io.openbroker.transfer.spi.RiskDecision;
import io.openbroker.transfer.spi.RiskPolicy;
import io.openbroker.transfer.spi.TradingCalendar;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * The default risk controls of SPEC §7.3, in this order: IP blacklist (deny), transfer hours on
 * trading days unless 7×24 (deny), per-transfer and per-day limits by investor class (deny),
 * repeated failures or many transfers in the velocity window (review), a large withdrawal at night
 * (review).
 *
 * <pre>{@code
 * RiskPolicy policy = new StandardRiskPolicy(StandardRiskPolicy.Settings.DEFAULTS
 *     .withCalendar(TradingCalendar.weekdaysExcept(holidays))
 *     .withIpBlacklist(Set.of("203.0.113.7")));
 * }</pre>
 */
public final class StandardRiskPolicy implements RiskPolicy {

  /**
   * The policy's settings.
   *
   * @param calendar trading days
   * @param sevenByTwentyFour whether transfers are taken at any time (no hours, no calendar)
   * @param opens start of transfer hours (China time)
   * @param closes end of transfer hours, exclusive
   * @param ordinaryPerTransfer an ordinary investor's largest single transfer
   * @param ordinaryPerDay an ordinary investor's total per day and direction
   * @param professionalPerTransfer a professional investor's largest single transfer
   * @param professionalPerDay a professional investor's total per day and direction
   * @param ipBlacklist client addresses refused outright
   * @param window the velocity window
   * @param maxTransfersInWindow more than this many transfers in the window → review
   * @param maxFailuresInWindow at least this many failures in the window → review
   * @param nightFrom start of the night (China time)
   * @param nightUntil end of the night
   * @param largeNightWithdrawal a withdrawal at least this large at night → review
   */
  public record Settings(
      TradingCalendar calendar,
      boolean sevenByTwentyFour,
      LocalTime opens,
      LocalTime closes,
      Money ordinaryPerTransfer,
      Money ordinaryPerDay,
      Money professionalPerTransfer,
      Money professionalPerDay,
      Set<String> ipBlacklist,
      Duration window,
      int maxTransfersInWindow,
      int maxFailuresInWindow,
      LocalTime nightFrom,
      LocalTime nightUntil,
      Money largeNightWithdrawal) {

    /** Trading days 08:00–16:30, ordinary investors 500,000 CNY per day, and the rest. */
    public static final Settings DEFAULTS =
        new Settings(
            TradingCalendar.weekdaysExcept(Set.of()),
            false,
            LocalTime.of(8, 0),
            LocalTime.of(16, 30),
            Money.parse("500000"),
            Money.parse("500000"),
            Money.parse("5000000"),
            Money.parse("5000000"),
            Set.of(),
            Duration.ofMinutes(10),
            20,
            5,
            LocalTime.of(22, 0),
            LocalTime.of(6, 0),
            Money.parse("50000"));

    public Settings {
      Objects.requireNonNull(calendar, "calendar");
      Objects.requireNonNull(opens, "opens");
      Objects.requireNonNull(closes, "closes");
      ipBlacklist = Set.copyOf(ipBlacklist);
      Objects.requireNonNull(window, "window");
    }

    /** A copy taking transfers at any hour of any day. */
    public Settings withSevenByTwentyFour() {
      return new Settings(
          calendar,
          true,
          opens,
          closes,
          ordinaryPerTransfer,
          ordinaryPerDay,
          professionalPerTransfer,
          professionalPerDay,
          ipBlacklist,
          window,
          maxTransfersInWindow,
          maxFailuresInWindow,
          nightFrom,
          nightUntil,
          largeNightWithdrawal);
    }

    /** A copy with another trading calendar. */
    public Settings withCalendar(TradingCalendar value) {
      return new Settings(
          value,
          sevenByTwentyFour,
          opens,
          closes,
          ordinaryPerTransfer,
          ordinaryPerDay,
          professionalPerTransfer,
          professionalPerDay,
          ipBlacklist,
          window,
          maxTransfersInWindow,
          maxFailuresInWindow,
          nightFrom,
          nightUntil,
          largeNightWithdrawal);
    }

    /** A copy refusing these client addresses. */
    public Settings withIpBlacklist(Set<String> value) {
      return new Settings(
          calendar,
          sevenByTwentyFour,
          opens,
          closes,
          ordinaryPerTransfer,
          ordinaryPerDay,
          professionalPerTransfer,
          professionalPerDay,
          value,
          window,
          maxTransfersInWindow,
          maxFailuresInWindow,
          nightFrom,
          nightUntil,
          largeNightWithdrawal);
    }
  }

  private final Settings settings;

  public StandardRiskPolicy(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Duration velocityWindow() {
    return settings.window();
  }

  @Override
  public RiskDecision assess(RiskContext c) {
    if (c.clientIp().filter(settings.ipBlacklist()::contains).isPresent()) {
      return new RiskDecision.Deny("IP_BLACKLISTED", "the client address is blacklisted");
    }
    if (!settings.sevenByTwentyFour() && !withinHours(c)) {
      return new RiskDecision.Deny("OUTSIDE_TRANSFER_HOURS", "outside transfer hours");
    }
    boolean professional = c.investorClass() == InvestorClass.PROFESSIONAL;
    Money amount = c.request().amount();
    Money perTransfer =
        professional ? settings.professionalPerTransfer() : settings.ordinaryPerTransfer();
    if (amount.isGreaterThan(perTransfer)) {
      return new RiskDecision.Deny("ABOVE_TRANSFER_LIMIT", "above the per-transfer limit");
    }
    Money today =
        c.request().direction() == TransferDirection.BANK_TO_SECURITIES
            ? c.activity().depositedToday()
            : c.activity().withdrawnToday();
    Money perDay = professional ? settings.professionalPerDay() : settings.ordinaryPerDay();
    if (today.plus(amount).isGreaterThan(perDay)) {
      return new RiskDecision.Deny("ABOVE_DAILY_LIMIT", "above the daily limit");
    }
    return velocityAndNight(c);
  }

  private RiskDecision velocityAndNight(RiskContext c) {
    if (c.activity().failuresInWindow() >= settings.maxFailuresInWindow()) {
      return new RiskDecision.Review("REPEATED_FAILURES", "repeated failed transfers");
    }
    if (c.activity().transfersInWindow() >= settings.maxTransfersInWindow()) {
      return new RiskDecision.Review("HIGH_VELOCITY", "many transfers in a short time");
    }
    LocalTime time = c.at().toLocalTime();
    boolean night =
        settings.nightFrom().isAfter(settings.nightUntil())
            ? !time.isBefore(settings.nightFrom()) || time.isBefore(settings.nightUntil())
            : !time.isBefore(settings.nightFrom()) && time.isBefore(settings.nightUntil());
    if (night
        && c.request().direction() == TransferDirection.SECURITIES_TO_BANK
        && !c.request().amount().isLessThan(settings.largeNightWithdrawal())) {
      return new RiskDecision.Review("LARGE_NIGHT_WITHDRAWAL", "large withdrawal at night");
    }
    return new RiskDecision.Allow();
  }

  private boolean withinHours(RiskContext c) {
    LocalTime time = c.at().toLocalTime();
    return settings.calendar().isTradingDay(c.at().toLocalDate())
        && !time.isBefore(settings.opens())
        && time.isBefore(settings.closes());
  }
}
