package io.openbroker.kyc;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of submitting a step: the application as it now stands and the verdict. A refusal is a
 * value, not an exception.
 *
 * @param application the application after the step (unchanged for a non-terminal refusal)
 * @param verdict approve, reject or reroute
 * @param duplicate true when the event had already been applied: nothing changed
 */
public record StepOutcome(OnboardingApplication application, Verdict verdict, boolean duplicate) {
  public StepOutcome {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Whether the step was applied (now or, for a duplicate, before). */
  public boolean applied() {
    return verdict instanceof Verdict.Approve;
  }

  /** The broken rules, if the step was refused or rerouted. */
  public Optional<Refusal> refusal() {
    if (verdict instanceof Verdict.Reject reject) {
      return Optional.of(reject.refusal());
    }
    if (verdict instanceof Verdict.Reroute reroute) {
      return Optional.of(reroute.refusal());
    }
    return Optional.empty();
  }
}
