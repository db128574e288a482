package io.openbroker.kyc.scenario;

import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.Violation;
import java.util.List;
import java.util.Objects;

/**
 * What one step of a scenario did.
 *
 * @param eventId the event id
 * @param kind the step kind
 * @param verdict {@code APPROVE}, {@code REFUSE_STEP}, {@code REJECT}, {@code REROUTE} or {@code
 *     DUPLICATE}
 * @param stateAfter the application's state after it
 * @param violations the broken rules, ordered (empty when approved)
 * @param alternatives where a rerouted investor may open instead (empty unless rerouted)
 */
public record StepReport(
    String eventId,
    StepKind kind,
    String verdict,
    ApplicationState stateAfter,
    List<Violation> violations,
    List<String> alternatives) {
  public StepReport {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(stateAfter, "stateAfter");
    violations = List.copyOf(violations);
    alternatives = List.copyOf(alternatives);
  }
}
