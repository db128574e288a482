package io.openbroker.banksim.internal.books;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Bank serials: {@code B} + business date {@code yyyyMMdd} + a 10-digit sequence that never repeats
 * across dates, e.g. {@code B202611200000000042}.
 */
public final class BankSerials {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private BankSerials() {}

  /** The serial for {@code sequence} on {@code businessDate}. */
  public static String format(LocalDate businessDate, long sequence) {
    String digits = Long.toString(sequence);
    return "B" + DATE.format(businessDate) + "0".repeat(Math.max(0, 10 - digits.length())) + digits;
  }

  /** The sequence number inside a bank serial. */
  public static long sequenceOf(String bankSerial) {
    return Long.parseLong(bankSerial.substring(bankSerial.length() - 10));
  }
}
