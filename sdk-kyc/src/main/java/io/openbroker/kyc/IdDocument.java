package io.openbroker.kyc;

import io.openbroker.core.id.ResidencePermitNumber;
import io.openbroker.core.id.ResidentIdNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An identity document as captured: its type, number, the holder's birth date and its expiry.
 * Resident ID and residence permit numbers are validated (GB 11643) and give the birth date; other
 * documents state it. Prints masked.
 *
 * <pre>{@code
 * IdDocument id = IdDocument.residentId("11010519491231002X", LocalDate.of(2035, 1, 1));
 * IdDocument forever = IdDocument.residentId("11010519491231002X", IdDocument.LONG_TERM); // 长期
 * }</pre>
 *
 * @param type the kind of document
 * @param number the document number (upper-case)
 * @param birthDate the holder's birth date
 * @param expiresOn the last day it is valid; {@link #LONG_TERM} for 长期
 */
public record IdDocument(IdType type, String number, LocalDate birthDate, LocalDate expiresOn) {

  /** The expiry of a 长期 (long-term) document: it never expires. */
  public static final LocalDate LONG_TERM = LocalDate.MAX;

  public IdDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(expiresOn, "expiresOn");
    LocalDate derived = derivedBirthDate(type, number);
    if (derived != null && !derived.equals(birthDate)) {
      throw new IllegalArgumentException("birthDate does not match the document number");
    }
    if (type == IdType.OTHER && (number.isBlank() || number.length() > 32)) {
      throw new IllegalArgumentException("document number must be 1 to 32 characters");
    }
  }

  /** A 居民身份证; the birth date comes from the number. */
  public static IdDocument residentId(String number, LocalDate expiresOn) {
    ResidentIdNumber id = ResidentIdNumber.parse(number, LocalDate.MAX);
    return new IdDocument(IdType.RESIDENT_ID, id.value(), id.birthDate(), expiresOn);
  }

  /** A 港澳台居民居住证; the birth date comes from the number. */
  public static IdDocument residencePermit(String number, LocalDate expiresOn) {
    ResidencePermitNumber id = ResidencePermitNumber.parse(number, LocalDate.MAX);
    return new IdDocument(IdType.RESIDENCE_PERMIT, id.value(), id.birthDate(), expiresOn);
  }

  /** Whether it is still valid on {@code date} (the expiry day itself is valid). */
  public boolean validOn(LocalDate date) {
    return !expiresOn.isBefore(date);
  }

  /**
   * The holder's age in completed years on {@code date}; a 29 February birthday is reached on 1
   * March in common years.
   */
  public int ageOn(LocalDate date) {
    int years = date.getYear() - birthDate.getYear();
    LocalDate birthdayThisYear =
        birthDate.getMonthValue() == 2 && birthDate.getDayOfMonth() == 29 && !date.isLeapYear()
            ? LocalDate.of(date.getYear(), 3, 1)
            : birthDate.withYear(date.getYear());
    return date.isBefore(birthdayThisYear) ? years - 1 : years;
  }

  private static LocalDate derivedBirthDate(IdType type, String number) {
    return switch (type) {
      case RESIDENT_ID -> ResidentIdNumber.parse(number, LocalDate.MAX).birthDate();
      case RESIDENCE_PERMIT -> ResidencePermitNumber.parse(number, LocalDate.MAX).birthDate();
      case OTHER -> null;
    };
  }

  @Override
  public String toString() {
    String tail = number.length() > 4 ? number.substring(number.length() - 4) : "";
    return "IdDocument[" + type + " ****" + tail + "]";
  }
}
