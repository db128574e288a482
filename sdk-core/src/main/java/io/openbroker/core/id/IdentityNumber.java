package io.openbroker.core.id;

import io.openbroker.core.internal.Gb11643;
import java.time.LocalDate;

/**
 * An 18-character GB 11643 identity number that MPS (公安部) can verify: a mainland resident ID card
 * or a Hong Kong/Macao/Taiwan residence permit — the two documents with which a natural person may
 * open an account online (CSDC Art. 6). Both encode the birth date and sex the same way.
 *
 * <pre>{@code
 * IdentityNumber id = ResidentIdNumber.parse("11010519491231002X", clock);
 * boolean adult = id.ageOn(applicationDate) >= 18;
 * }</pre>
 */
public sealed interface IdentityNumber permits ResidentIdNumber, ResidencePermitNumber {

  /** The clear value, for the wire and for MPS; print the object itself to get it masked. */
  String value();

  /** The date of birth encoded in characters 7–14. */
  default LocalDate birthDate() {
    String value = value();
    return LocalDate.of(
        Integer.parseInt(value, 6, 10, 10),
        Integer.parseInt(value, 10, 12, 10),
        Integer.parseInt(value, 12, 14, 10));
  }

  /** The sex encoded in the 17th digit (odd for male). */
  default Gender gender() {
    return Gb11643.isMale(value()) ? Gender.MALE : Gender.FEMALE;
  }

  /**
   * The age in completed years on {@code date}: the birthday itself counts, and a 29 February
   * birthday is reached on 1 March in common years.
   *
   * @throws IllegalArgumentException if {@code date} is before the birth date
   */
  default int ageOn(LocalDate date) {
    return AgeCalculation.completedYears(birthDate(), date);
  }
}
