package io.openbroker.kyc;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Rule} sees: the application before the step, the step, what the integrations
 * answered, the broker's policy and the business date.
 *
 * @param application the application as it stands before the step
 * @param step the step under judgement
 * @param observation the integrations' answers for this step
 * @param policy the broker's settings
 * @param today the business date of the step
 */
public record RuleContext(
    OnboardingApplication application,
    Step step,
    Observation observation,
    BrokerPolicy policy,
    LocalDate today) {
  public RuleContext {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(today, "today");
  }

  /** The step as {@code type}, if it is one. */
  public <T extends Step> Optional<T> step(Class<T> type) {
    return type.isInstance(step) ? Optional.of(type.cast(step)) : Optional.empty();
  }

  /** The observation as {@code type}, if it is one. */
  public <T extends Observation> Optional<T> observation(Class<T> type) {
    return type.isInstance(observation) ? Optional.of(type.cast(observation)) : Optional.empty();
  }
}
