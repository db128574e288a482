package io.openbroker.core.id;

import io.openbroker.core.Effects;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Mints {@link BusinessSerial}s as {@code prefix + yyyyMMdd + zero-padded sequence}, the date being
 * the clock's date in China time: {@code B20261120} {@code 0000000042}. Deterministic for a given
 * clock and sequence, and thread-safe.
 *
 * <p>A serial is an idempotency key, so a repeated serial is a serious fault (a new transfer would
 * be taken for a resend of an old one). The sequence must therefore never repeat for one prefix: an
 * in-memory counter restarts at its {@code first} value with the process, so either resume it from
 * the journal ({@code first = lastUsed + 1}), give every process its own prefix, or use {@link
 * #fromSequence} with a database sequence.
 *
 * <pre>{@code
 * SerialGenerator serials = SerialGenerator.inMemory("B", effects.clock(), journal.lastSequence() + 1);
 * BusinessSerial serial = serials.next(); // B202611200000000042
 * }</pre>
 */
public final class SerialGenerator {

  /** The number of digits the sequence is padded to. */
  public static final int SEQUENCE_DIGITS = 10;

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final int DATE_LENGTH = 8;

  private final String prefix;
  private final Clock clock;
  private final LongSupplier sequence;

  private SerialGenerator(String prefix, Clock clock, LongSupplier sequence) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sequence = Objects.requireNonNull(sequence, "sequence");
    if (prefix.length() + DATE_LENGTH + SEQUENCE_DIGITS > BusinessSerial.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "prefix must have at most "
              + (BusinessSerial.MAX_LENGTH - DATE_LENGTH - SEQUENCE_DIGITS)
              + " characters");
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (!BusinessSerial.isSerialCharacter(prefix.charAt(i))) {
        throw new IllegalArgumentException("prefix must only contain A-Z a-z 0-9 _ -");
      }
    }
  }

  /** A generator counting up from {@code first} (≥ 0) in memory. */
  public static SerialGenerator inMemory(String prefix, Clock clock, long first) {
    if (first < 0) {
      throw new IllegalArgumentException("first must not be negative: " + first);
    }
    AtomicLong next = new AtomicLong(first);
    return new SerialGenerator(prefix, clock, next::getAndIncrement);
  }

  /**
   * A generator taking each sequence number from {@code sequence} (e.g. a database sequence), which
   * must be thread-safe and return distinct non-negative numbers.
   */
  public static SerialGenerator fromSequence(String prefix, Clock clock, LongSupplier sequence) {
    return new SerialGenerator(prefix, clock, sequence);
  }

  /**
   * The next serial.
   *
   * @throws IllegalStateException if the sequence is negative or no longer fits the serial's 32
   *     characters
   */
  public BusinessSerial next() {
    long number = sequence.getAsLong();
    if (number < 0) {
      throw new IllegalStateException("sequence returned a negative number: " + number);
    }
    String digits = Long.toString(number);
    if (prefix.length() + DATE_LENGTH + digits.length() > BusinessSerial.MAX_LENGTH) {
      throw new IllegalStateException("sequence exhausted: serials would exceed 32 characters");
    }
    LocalDate today = LocalDate.now(clock.withZone(Effects.CHINA));
    String padding = "0".repeat(Math.max(0, SEQUENCE_DIGITS - digits.length()));
    return new BusinessSerial(prefix + DATE.format(today) + padding + digits);
  }
}
