package io.openbroker.banksim.internal.books;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a decision may read besides the books: the instant it is taken at, the bank's business date
 * then, the rules, and the bank's serial numbering.
 */
public record DeskContext(Instant now, LocalDate bankDate, BankRules rules, Books books) {

  /** A context at {@code now}. */
  public static DeskContext at(Instant now, BankRules rules, Books books) {
    return new DeskContext(now, rules.businessDate(now), rules, books);
  }

  /** The next unused bank serial (call once per serial within one decision). */
  public String bankSerial(int offset) {
    return BankSerials.format(bankDate, books.nextBankSerialSequence() + offset);
  }
}
