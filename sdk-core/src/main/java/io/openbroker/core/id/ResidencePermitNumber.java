package io.openbroker.core.id;

import io.openbroker.core.internal.Gb11643;
import io.openbroker.core.internal.Mask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The number of a residence permit for Hong Kong, Macao and Taiwan residents (港澳台居民居住证): the GB
 * 11643 structure of {@link ResidentIdNumber} with region {@code 810000} (Hong Kong), {@code
 * 820000} (Macao) or {@code 830000} (Taiwan), the same birth date and MOD 11-2 check rules.
 *
 * <p>As for resident IDs, the constructor checks everything but "not born in the future"; {@link
 * #parse(String, Clock)} checks that too.
 *
 * <pre>{@code
 * ResidencePermitNumber permit = ResidencePermitNumber.parse(text, effects.clock());
 * permit.region(); // PermitRegion.HONG_KONG
 * }</pre>
 *
 * @param value the number in clear, for the wire; never log it
 */
public record ResidencePermitNumber(String value) {

  private static final IdentifierType TYPE = IdentifierType.RESIDENCE_PERMIT_NUMBER;

  public ResidencePermitNumber {
    Gb11643.checkStructure(value, TYPE);
    if (regionOf(value) == null) {
      throw new InvalidIdentifierException(TYPE, "region must be 810000, 820000 or 830000");
    }
  }

  /**
   * Parses and fully validates {@code value}, reading today's date from {@code clock}.
   *
   * @throws InvalidIdentifierException with {@code RESIDENCE_PERMIT_INVALID} naming the reason
   */
  public static ResidencePermitNumber parse(String value, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return parse(value, LocalDate.now(clock));
  }

  /**
   * Parses and fully validates {@code value} as of {@code today} (e.g. an application date), so a
   * birth date after it is refused.
   */
  public static ResidencePermitNumber parse(String value, LocalDate today) {
    Objects.requireNonNull(today, "today");
    ResidencePermitNumber permit = new ResidencePermitNumber(value);
    Gb11643.requireBornBy(permit.birthDate(), today, TYPE);
    return permit;
  }

  /** Hong Kong, Macao or Taiwan. */
  public PermitRegion region() {
    return regionOf(value);
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

  /** The age in completed years on {@code date}; see {@link ResidentIdNumber#ageOn(LocalDate)}. */
  public int ageOn(LocalDate date) {
    return AgeCalculation.completedYears(birthDate(), date);
  }

  /** Masked: the first 4 and last 4 characters, {@code 8100**********123X}. */
  @Override
  public String toString() {
    return Mask.keep(value, 4, 4, 8);
  }

  private static PermitRegion regionOf(String value) {
    for (PermitRegion region : PermitRegion.values()) {
      if (value.startsWith(region.code())) {
        return region;
      }
    }
    return null;
  }
}
