package io.openbroker.recon;

import java.util.List;
import java.util.Objects;

/**
 * A reconciliation exception under follow-up, with its full history. Immutable: each step of the
 * {@link ExceptionWorkflow} returns a new case.
 *
 * @param id the case id
 * @param discrepancy what the run found
 * @param history every step so far, oldest first; the last one is the current state
 */
public record ExceptionCase(String id, Discrepancy discrepancy, List<CaseEvent> history) {

  public ExceptionCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(discrepancy, "discrepancy");
    history = List.copyOf(history);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("a case has at least its opening event");
    }
  }

  /** The current state. */
  public CaseState state() {
    return history.get(history.size() - 1).state();
  }
}
