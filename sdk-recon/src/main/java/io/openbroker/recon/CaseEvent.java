package io.openbroker.recon;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an exception case's history: who moved it to which state, when, and why.
 *
 * @param state the state the case entered
 * @param actor who did it (a staff id; never a client's personal data)
 * @param at when, from the workflow's injected clock
 * @param note the correcting entry's reference, the acceptance note, or empty
 */
public record CaseEvent(CaseState state, String actor, Instant at, String note) {

  public CaseEvent {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
  }
}
