package io.openbroker.transfer.internal.flow;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One bank answer, read: the verdict on the original, the code and message to journal, and the
 * bank's serial and business date when the answer carried them.
 */
record Reading(
    Verdict verdict,
    String code,
    String message,
    Optional<String> bankSerial,
    Optional<LocalDate> businessDate) {

  Reading {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(bankSerial, "bankSerial");
    Objects.requireNonNull(businessDate, "businessDate");
  }

  static Reading of(Verdict verdict, String code, String message) {
    return new Reading(verdict, code, message, Optional.empty(), Optional.empty());
  }
}
