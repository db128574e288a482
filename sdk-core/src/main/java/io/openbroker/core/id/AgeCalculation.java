package io.openbroker.core.id;

import java.time.LocalDate;

/** Age in completed years, shared by the ID number and the residence permit. */
final class AgeCalculation {

  private AgeCalculation() {}

  static int completedYears(LocalDate birth, LocalDate on) {
    if (on.isBefore(birth)) {
      throw new IllegalArgumentException("date is before the birth date");
    }
    int years = on.getYear() - birth.getYear();
    // Compare (month, day) rather than day-of-year so that 29 February is passed on 1 March.
    boolean birthdayNotYetReached =
        on.getMonthValue() < birth.getMonthValue()
            || (on.getMonthValue() == birth.getMonthValue()
                && on.getDayOfMonth() < birth.getDayOfMonth());
    return birthdayNotYetReached ? years - 1 : years;
  }
}
