package io.openbroker.core.internal;

import io.openbroker.core.id.IdentifierType;
import io.openbroker.core.id.InvalidIdentifierException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-character citizen identity number structure of GB 11643-1999, shared by resident ID
 * numbers and residence permit numbers: 6-digit region, 8-digit birth date, 3-digit sequence, ISO
 * 7064 MOD 11-2 check character. The region rules differ between the two and live with each type.
 */
public final class Gb11643 {

  /** The number of characters. */
  public static final int LENGTH = 18;

  /** Nobody alive holds a birth date before this; earlier dates are typing errors. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  // Weight of position i is 2^(17-i) mod 11 (ISO 7064 MOD 11-2).
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private Gb11643() {}

  /**
   * Checks everything that does not depend on today's date: length, digits, birth date a real
   * calendar date not before 1900, check character. Returns the birth date.
   */
  public static LocalDate checkStructure(String value, IdentifierType type) {
    if (value == null || value.isEmpty()) {
      throw new InvalidIdentifierException(type, "is missing");
    }
    if (value.length() != LENGTH) {
      throw new InvalidIdentifierException(type, "must have 18 characters, not " + value.length());
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (!isAsciiDigit(value.charAt(i))) {
        throw new InvalidIdentifierException(type, "character " + (i + 1) + " must be a digit 0-9");
      }
    }
    LocalDate birthDate = birthDate(value, type);
    checkCharacter(value, type);
    return birthDate;
  }

  /** Refuses a birth date after {@code today}. */
  public static void requireBornBy(LocalDate birthDate, LocalDate today, IdentifierType type) {
    if (birthDate.isAfter(today)) {
      throw new InvalidIdentifierException(type, "birth date is in the future");
    }
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacterFor(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** Whether the 17th character (the last of the sequence) is odd: male. */
  public static boolean isMale(String value) {
    return (value.charAt(16) - '0') % 2 == 1;
  }

  private static LocalDate birthDate(String value, IdentifierType type) {
    int year = Integer.parseInt(value, 6, 10, 10);
    int month = Integer.parseInt(value, 10, 12, 10);
    int day = Integer.parseInt(value, 12, 14, 10);
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidIdentifierException(type, "birth date is not a real calendar date");
    }
    if (date.isBefore(EARLIEST_BIRTH_DATE)) {
      throw new InvalidIdentifierException(type, "birth date is before 1900");
    }
    return date;
  }

  private static void checkCharacter(String value, IdentifierType type) {
    char actual = value.charAt(LENGTH - 1);
    if (actual == 'x') {
      throw new InvalidIdentifierException(
          type, "check character must be upper-case X, not lower-case x");
    }
    if (!isAsciiDigit(actual) && actual != 'X') {
      throw new InvalidIdentifierException(type, "check character must be a digit 0-9 or X");
    }
    if (actual != checkCharacterFor(value)) {
      throw new InvalidIdentifierException(type, "check character does not match");
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
