package io.openbroker.banksim.internal.books;

import io.openbroker.banksim.BankResultCode;
import java.util.List;
import java.util.Objects;

/**
 * A decision: the result code, the reply record to send, the events to commit before sending it
 * (none for a refusal that changes nothing but its own record), and whether the answer is kept
 * under the request's serial for resends (SPEC §6 idempotency).
 *
 * @param keptForResends false for an answer that must not use up its serial: the same serial may
 *     then be sent again with corrected content (a sign-in to the wrong business date)
 */
public record Outcome(
    BankResultCode code, Object reply, List<BookEvent> events, boolean keptForResends) {

  public Outcome {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reply, "reply");
    events = List.copyOf(events);
  }

  /** An answer kept under its serial (the usual case). */
  public Outcome(BankResultCode code, Object reply, List<BookEvent> events) {
    this(code, reply, events, true);
  }

  /** A read-only answer. */
  public static Outcome readOnly(BankResultCode code, Object reply) {
    return new Outcome(code, reply, List.of());
  }

  /** A refusal that changes nothing and leaves its serial unused. */
  public static Outcome notKept(BankResultCode code, Object reply) {
    return new Outcome(code, reply, List.of(), false);
  }
}
