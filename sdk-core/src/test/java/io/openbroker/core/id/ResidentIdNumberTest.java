package io.openbroker.core.id;

import static io.openbroker.core.id.IdAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.Effects;
import io.openbroker.core.testing.CoreArbitraries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  // The worked example of GB 11643-1999: Beijing Chaoyang, born 1949-12-31, check character X.
  private static final String STANDARD_EXAMPLE = "11010519491231002X";
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
  private static final IdentifierType TYPE = IdentifierType.RESIDENT_ID_NUMBER;

  @Test
  void acceptsTheStandardsWorkedExample() {
    ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE, TODAY);
    assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.gender()).isEqualTo(Gender.FEMALE);
    assertThat(id.regionCode()).isEqualTo("110105");
  }

  @Test
  void oddSeventeenthDigitIsMale() {
    String male = withCheck("11010120000101123");
    assertThat(ResidentIdNumber.parse(male, TODAY).gender()).isEqualTo(Gender.MALE);
  }

  @Test
  void printsMaskedFirstFourAndLastFour() {
    ResidentIdNumber id = ResidentIdNumber.parse(STANDARD_EXAMPLE, TODAY);
    assertThat(id).hasToString("1101**********002X");
    assertThat(id.toString()).doesNotContain("19491231");
  }

  @Test
  void refusesLowerCaseXSayingSo() {
    assertRefused(
        () -> ResidentIdNumber.parse("11010519491231002x", TODAY), TYPE, "upper-case X", null);
  }

  @Test
  void refusesAWrongCheckCharacter() {
    assertRefused(
        () -> ResidentIdNumber.parse("110105194912310021", TODAY),
        TYPE,
        "check character does not match",
        "110105194912310021");
  }

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002", "11010519491231002XX", "1101051949123100"})
  void refusesTheWrongLength(String text) {
    assertRefused(() -> ResidentIdNumber.parse(text, TODAY), TYPE, "18 characters", text);
  }

  @Test
  void refusesMissingAndNonDigits() {
    assertRefused(() -> ResidentIdNumber.parse(null, TODAY), TYPE, "missing", null);
    assertRefused(() -> ResidentIdNumber.parse("", TODAY), TYPE, "missing", null);
    assertRefused(
        () -> ResidentIdNumber.parse("11010519491231X02X", TODAY), TYPE, "character 15", null);
    assertRefused(
        () -> ResidentIdNumber.parse("１1010519491231002X", TODAY), TYPE, "character 1", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20230229", "19990230", "20001301", "20000001", "20000132"})
  void refusesBirthDatesThatAreNotOnTheCalendar(String date) {
    String text = withCheck("110105" + date + "002");
    assertRefused(() -> ResidentIdNumber.parse(text, TODAY), TYPE, "calendar", text);
  }

  @Test
  void acceptsTwentyNinthFebruaryInALeapYear() {
    String text = withCheck("11010520000229002");
    assertThat(ResidentIdNumber.parse(text, TODAY).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void refusesBirthDatesBefore1900() {
    // The standard's second example, born 1880: a valid check digit, but no such holder alive.
    assertRefused(
        () -> ResidentIdNumber.parse("440524188001010014", TODAY), TYPE, "before 1900", null);
    assertThat(ResidentIdNumber.parse(withCheck("11010519000101002"), TODAY).birthDate())
        .isEqualTo(LocalDate.of(1900, 1, 1));
  }

  @Test
  void refusesABirthDateAfterTodayOnTheInjectedClock() {
    String bornToday = withCheck("11010520261120002");
    String bornTomorrow = withCheck("11010520261121002");
    assertThat(ResidentIdNumber.parse(bornToday, TODAY).birthDate())
        .isEqualTo(LocalDate.of(2026, 11, 20));
    assertRefused(() -> ResidentIdNumber.parse(bornTomorrow, TODAY), TYPE, "future", null);
    Clock dayAfter = Clock.offset(TODAY, java.time.Duration.ofDays(1));
    assertThat(ResidentIdNumber.parse(bornTomorrow, dayAfter).value()).isEqualTo(bornTomorrow);
  }

  @Test
  void canBeCheckedAsOfAGivenDate() {
    String bornOn21st = withCheck("11010520261121002");
    assertThat(ResidentIdNumber.parse(bornOn21st, LocalDate.of(2026, 11, 21)).value())
        .isEqualTo(bornOn21st);
    assertRefused(
        () -> ResidentIdNumber.parse(bornOn21st, LocalDate.of(2026, 11, 20)), TYPE, "future", null);
  }

  @Test
  void todayIsTheClocksDateInItsZone() {
    // 2026-11-20T17:00Z is already 21 November in Beijing, still 20 November in UTC.
    Instant evening = Instant.parse("2026-11-20T17:00:00Z");
    String bornOn21st = withCheck("11010520261121002");
    assertThat(ResidentIdNumber.parse(bornOn21st, Clock.fixed(evening, Effects.CHINA))).isNotNull();
    assertRefused(
        () -> ResidentIdNumber.parse(bornOn21st, Clock.fixed(evening, ZoneId.of("UTC"))),
        TYPE,
        "future",
        null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"81", "82", "83"})
  void refusesPermitRegionsPointingToTheOtherType(String province) {
    String text = withCheck(province + "000019900101002");
    assertRefused(() -> ResidentIdNumber.parse(text, TODAY), TYPE, "residence permit", text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "71", "91", "99"
      })
  void refusesRegionsThatAreNotMainlandProvinces(String province) {
    String text = withCheck(province + "010519900101002");
    assertRefused(() -> ResidentIdNumber.parse(text, TODAY), TYPE, "province", text);
  }

  @ParameterizedTest
  @ValueSource(ints = {11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65})
  void acceptsEveryProvinceRangeBoundary(int province) {
    String text = withCheck(province + "010519900101002");
    assertThat(ResidentIdNumber.parse(text, TODAY).regionCode())
        .startsWith(Integer.toString(province));
  }

  @Test
  void ageCountsCompletedYearsAndTheBirthdayItself() {
    ResidentIdNumber id = ResidentIdNumber.parse(withCheck("11010520080615002"), TODAY);
    assertThat(id.ageOn(LocalDate.of(2026, 6, 14))).isEqualTo(17);
    assertThat(id.ageOn(LocalDate.of(2026, 6, 15))).isEqualTo(18);
    assertThat(id.ageOn(LocalDate.of(2008, 6, 15))).isZero();
    assertThatThrownBy(() -> id.ageOn(LocalDate.of(2008, 6, 14)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLeapDayBirthdayIsReachedOnFirstMarchInCommonYears() {
    ResidentIdNumber id = ResidentIdNumber.parse(withCheck("11010520080229002"), TODAY);
    assertThat(id.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(17);
    assertThat(id.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(18);
    assertThat(id.ageOn(LocalDate.of(2028, 2, 28))).isEqualTo(19);
    assertThat(id.ageOn(LocalDate.of(2028, 2, 29))).isEqualTo(20);
  }

  @Test
  void theConstructorChecksStructureButNotTheFuture() {
    String bornTomorrow = withCheck("11010520261121002");
    assertThat(new ResidentIdNumber(bornTomorrow).value()).isEqualTo(bornTomorrow);
    assertThatThrownBy(() -> new ResidentIdNumber("11010519491231002x"))
        .isInstanceOf(InvalidIdentifierException.class)
        .extracting(e -> ((InvalidIdentifierException) e).code())
        .isEqualTo(CoreErrorCode.ID_NUMBER_INVALID);
  }

  private static String withCheck(String first17) {
    return first17 + CoreArbitraries.mod11Check(first17);
  }
}
