package io.openbroker.core.id;

import io.openbroker.core.internal.Gb11643;
import io.openbroker.core.internal.Mask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A mainland resident identity card number (居民身份证号码, GB 11643-1999): 6-digit region, birth date
 * {@code yyyyMMdd}, 3-digit sequence (odd 17th digit = male), ISO 7064 MOD 11-2 check character,
 * which is a digit or an upper-case {@code X} (a lower-case {@code x} is refused with a reason
 * saying so: normalising it silently would hide a data-entry fault upstream).
 *
 * <p>Region: the first two digits must be a mainland province-level code (11–15, 21–23, 31–37,
 * 41–46, 50–54, 61–65). 81/82/83 are refused here because those numbers are residence permits for
 * Hong Kong, Macao and Taiwan residents ({@link ResidencePermitNumber}); 71 (Taiwan) is refused
 * because no resident ID card is issued under it. The four county digits are not checked against a
 * table: county codes are abolished and renumbered over the years, and old cards keep theirs.
 *
 * <p>The canonical constructor checks everything that does not depend on today; {@link
 * #parse(String, Clock)} also refuses a birth date in the future. Use {@code parse} at every
 * boundary.
 *
 * <pre>{@code
 * ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", effects.clock());
 * id.toString(); // "1101**********002X"
 * id.ageOn(LocalDate.of(2026, 11, 20)); // 76
 * }</pre>
 *
 * @param value the number in clear, for the wire; never log it
 */
public record ResidentIdNumber(String value) {

  private static final IdentifierType TYPE = IdentifierType.RESIDENT_ID_NUMBER;

  public ResidentIdNumber {
    Gb11643.checkStructure(value, TYPE);
    checkProvince(value);
  }

  /**
   * Parses and fully validates {@code value}, reading today's date from {@code clock} (in the
   * clock's zone; pass a clock in {@code Effects.CHINA}).
   *
   * @throws InvalidIdentifierException with {@code ID_NUMBER_INVALID} naming the reason
   */
  public static ResidentIdNumber parse(String value, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return parse(value, LocalDate.now(clock));
  }

  /**
   * Parses and fully validates {@code value} as of {@code today} (e.g. an application date), so a
   * birth date after it is refused.
   */
  public static ResidentIdNumber parse(String value, LocalDate today) {
    Objects.requireNonNull(today, "today");
    ResidentIdNumber id = new ResidentIdNumber(value);
    Gb11643.requireBornBy(id.birthDate(), today, TYPE);
    return id;
  }

  /** The date of birth encoded in characters 7–14. */
  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value, 6, 10, 10),
        Integer.parseInt(value, 10, 12, 10),
        Integer.parseInt(value, 12, 14, 10));
  }

  /** The sex encoded in the 17th digit. */
  public Gender gender() {
    return Gb11643.isMale(value) ? Gender.MALE : Gender.FEMALE;
  }

  /** The six-digit administrative region code where the number was first issued. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /**
   * The age in completed years on {@code date}: the birthday itself counts, and a 29 February
   * birthday is reached on 1 March in common years.
   *
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  public int ageOn(LocalDate date) {
    return AgeCalculation.completedYears(birthDate(), date);
  }

  /** Masked: the first 4 and last 4 characters, {@code 1101**********002X}. */
  @Override
  public String toString() {
    return Mask.keep(value, 4, 4, 8);
  }

  private static void checkProvince(String value) {
    int province = Integer.parseInt(value, 0, 2, 10);
    if (province == 81 || province == 82 || province == 83) {
      throw new InvalidIdentifierException(
          TYPE, "region 81/82/83 is a Hong Kong/Macao/Taiwan residence permit, not a resident ID");
    }
    if (!isMainlandProvince(province)) {
      throw new InvalidIdentifierException(
          TYPE, "region does not start with a mainland province code");
    }
  }

  private static boolean isMainlandProvince(int p) {
    return (p >= 11 && p <= 15)
        || (p >= 21 && p <= 23)
        || (p >= 31 && p <= 37)
        || (p >= 41 && p <= 46)
        || (p >= 50 && p <= 54)
        || (p >= 61 && p <= 65);
  }
}
