package io.openbroker.recon;

import io.openbroker.core.IdGenerator;
import io.openbroker.core.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The follow-up of reconciliation exceptions (SPEC §9.2): open → acknowledged → resolved by a
 * correcting entry, or accepted with a note. Every step records who and when, from the injected
 * clock. A step the workflow does not allow is refused with {@link
 * ReconErrorCode#RECON_ILLEGAL_TRANSITION} and changes nothing. Thread-safe; in memory.
 *
 * <pre>{@code
 * ExceptionWorkflow workflow = new ExceptionWorkflow(clock, IdGenerator.sequential("case-"));
 * ExceptionCase c = workflow.open(discrepancy, "recon-job");
 * workflow.acknowledge(c.id(), "ops.li");
 * workflow.resolveByCorrection(c.id(), "ops.li", "ADJ-20261120-0007");
 * }</pre>
 */
public final class ExceptionWorkflow {

  private final Clock clock;
  private final IdGenerator ids;
  private final Map<String, ExceptionCase> cases = new LinkedHashMap<>();

  public ExceptionWorkflow(Clock clock, IdGenerator ids) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  /** Opens a case for {@code discrepancy}. */
  public synchronized ExceptionCase open(Discrepancy discrepancy, String actor) {
    ExceptionCase c =
        new ExceptionCase(
            ids.nextId(),
            discrepancy,
            List.of(new CaseEvent(CaseState.OPEN, actor(actor), clock.instant(), "")));
    cases.put(c.id(), c);
    return c;
  }

  /** Someone takes the case on. */
  public ExceptionCase acknowledge(String id, String actor) {
    return move(id, CaseState.ACKNOWLEDGED, actor, "");
  }

  /** Closes the case with the correcting entry that fixed the books. */
  public ExceptionCase resolveByCorrection(String id, String actor, String correctingEntry) {
    return move(id, CaseState.RESOLVED, actor, required(correctingEntry, "correcting entry"));
  }

  /** Closes the case without a correction, saying why. */
  public ExceptionCase accept(String id, String actor, String note) {
    return move(id, CaseState.ACCEPTED, actor, required(note, "note"));
  }

  /** The case with {@code id}, if any. */
  public synchronized Optional<ExceptionCase> find(String id) {
    return Optional.ofNullable(cases.get(id));
  }

  /** Cases now in {@code state}, in the order they were opened. */
  public synchronized List<ExceptionCase> inState(CaseState state) {
    List<ExceptionCase> found = new ArrayList<>();
    for (ExceptionCase c : cases.values()) {
      if (c.state() == state) {
        found.add(c);
      }
    }
    return found;
  }

  private synchronized ExceptionCase move(String id, CaseState next, String actor, String note) {
    ExceptionCase c = cases.get(id);
    if (c == null) {
      throw new InvalidInputException(ReconErrorCode.RECON_UNKNOWN_CASE, "no case " + id);
    }
    if (!c.state().canMoveTo(next)) {
      throw new InvalidInputException(
          ReconErrorCode.RECON_ILLEGAL_TRANSITION,
          "case " + id + " is " + c.state() + ", cannot become " + next);
    }
    List<CaseEvent> history = new ArrayList<>(c.history());
    history.add(new CaseEvent(next, actor(actor), clock.instant(), note));
    ExceptionCase moved = new ExceptionCase(id, c.discrepancy(), history);
    cases.put(id, moved);
    return moved;
  }

  private static String actor(String actor) {
    return required(actor, "actor");
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(
          ReconErrorCode.RECON_ILLEGAL_TRANSITION, what + " must not be blank");
    }
    return value.strip();
  }
}
