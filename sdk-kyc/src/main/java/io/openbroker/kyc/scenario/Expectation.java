package io.openbroker.kyc.scenario;

import io.openbroker.kyc.ApplicationState;
import java.util.List;
import java.util.Objects;

/**
 * What a scenario claims will happen.
 *
 * @param state the final state
 * @param refusedBy the deciding rule of each refused step, in order
 * @param broken every rule broken, step by step in order (each refusal's list, flattened)
 */
public record Expectation(ApplicationState state, List<String> refusedBy, List<String> broken) {
  public Expectation {
    Objects.requireNonNull(state, "state");
    refusedBy = List.copyOf(refusedBy);
    broken = List.copyOf(broken);
  }
}
