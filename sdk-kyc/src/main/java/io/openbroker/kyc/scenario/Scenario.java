package io.openbroker.kyc.scenario;

import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.BrokerPolicy;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.sim.SimulationScript;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One application as data: who, by which method, on which date, what the simulations answer, the
 * actions in order, and (optionally) what should happen. Read one with {@link Scenarios}.
 *
 * @param name a short name, also the file name of a bundled scenario
 * @param description what it shows
 * @param articles the CSDC articles it exercises
 * @param method the opening method
 * @param applicant who applies
 * @param today the business date the scenario starts on
 * @param policy the broker's policy
 * @param script what the simulated integrations answer
 * @param actions the steps and runner actions, in order
 * @param expectation what should happen, if stated
 */
public record Scenario(
    String name,
    String description,
    List<Integer> articles,
    OpeningMethod method,
    Applicant applicant,
    LocalDate today,
    BrokerPolicy policy,
    SimulationScript script,
    List<ScenarioAction> actions,
    Optional<Expectation> expectation) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    articles = List.copyOf(articles);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(script, "script");
    actions = List.copyOf(actions);
    Objects.requireNonNull(expectation, "expectation");
  }
}
