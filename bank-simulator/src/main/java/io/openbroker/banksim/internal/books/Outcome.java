package io.openbroker.banksim.internal.books;

import io.openbroker.banksim.BankResultCode;
import java.util.List;
import java.util.Objects;

/**
 * A decision: the result code, the reply record to send, and the events to commit before sending it
 * (none for a refusal that changes nothing but its own record).
 */
public record Outcome(BankResultCode code, Object reply, List<BookEvent> events) {

  public Outcome {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reply, "reply");
    events = List.copyOf(events);
  }

  /** A read-only answer. */
  public static Outcome readOnly(BankResultCode code, Object reply) {
    return new Outcome(code, reply, List.of());
  }
}
