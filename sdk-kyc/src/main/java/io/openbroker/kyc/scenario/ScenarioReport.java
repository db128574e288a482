package io.openbroker.kyc.scenario;

import io.openbroker.kyc.AccountNumbers;
import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of running a {@link Scenario}.
 *
 * @param name the scenario's name
 * @param finalState where the application ended
 * @param steps each step's report, in order
 * @param accounts the accounts issued, if any
 * @param evidenceRecords how many records the evidence chain holds
 * @param chainValid whether the evidence chain verified
 * @param mismatches how the run differs from the scenario's expectation (empty: as expected)
 */
public record ScenarioReport(
    String name,
    ApplicationState finalState,
    List<StepReport> steps,
    Optional<AccountNumbers> accounts,
    long evidenceRecords,
    boolean chainValid,
    List<String> mismatches) {
  public ScenarioReport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(finalState, "finalState");
    steps = List.copyOf(steps);
    Objects.requireNonNull(accounts, "accounts");
    mismatches = List.copyOf(mismatches);
  }

  /** The deciding rule of each refused step, in order. */
  public List<String> refusedBy() {
    return steps.stream()
        .filter(s -> !s.violations().isEmpty())
        .map(s -> s.violations().get(0).ruleId())
        .toList();
  }

  /** Every broken rule, step by step. */
  public List<String> broken() {
    List<String> all = new ArrayList<>();
    for (StepReport step : steps) {
      step.violations().stream().map(Violation::ruleId).forEach(all::add);
    }
    return all;
  }

  /** Whether everything the scenario expected happened. */
  public boolean asExpected() {
    return mismatches.isEmpty();
  }
}
