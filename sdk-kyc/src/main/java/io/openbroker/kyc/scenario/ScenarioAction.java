package io.openbroker.kyc.scenario;

import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import java.util.Objects;

/** One line of a scenario: a step, or something the runner does around steps. */
public sealed interface ScenarioAction {

  /** Submits {@code step} as given. */
  record Submit(Step step) implements ScenarioAction {
    public Submit {
      Objects.requireNonNull(step, "step");
    }
  }

  /**
   * Asks for a liveness challenge and answers it: {@code CORRECT}, {@code WRONG} (other
   * instructions) or {@code REPLAY} (the previous challenge again, after a new one was issued).
   *
   * @param eventId the step's event id
   * @param answer how to answer
   */
  record Liveness(String eventId, LivenessAnswer answer) implements ScenarioAction {
    public Liveness {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /** How a scripted investor answers a liveness challenge. */
  enum LivenessAnswer {
    CORRECT,
    WRONG,
    REPLAY
  }

  /**
   * Takes the method's good default steps (registration included when not yet registered) up to,
   * not including, the first step of kind {@code until}; {@link StepKind#REGISTER} means to the end
   * of the path.
   *
   * @param until the first step kind not taken; {@code REGISTER} for the whole path
   */
  record HappyPath(StepKind until) implements ScenarioAction {
    public HappyPath {
      Objects.requireNonNull(until, "until");
    }
  }

  /** Moves the scenario's clock forward by {@code days} (for expiry). */
  record AdvanceDays(int days) implements ScenarioAction {
    public AdvanceDays {
      if (days < 0 || days > 36_600) {
        throw new IllegalArgumentException("days must be 0 to 36600");
      }
    }
  }
}
