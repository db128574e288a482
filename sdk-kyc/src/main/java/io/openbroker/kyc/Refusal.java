package io.openbroker.kyc;

import java.util.List;

/**
 * Every rule a step broke, ordered by article number (then rule id); the first is the deciding one.
 *
 * @param violations at least one
 */
public record Refusal(List<Violation> violations) {
  public Refusal {
    violations = List.copyOf(violations);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a refusal names at least one rule");
    }
  }

  /** The deciding violation: the lowest article. */
  public Violation deciding() {
    return violations.get(0);
  }

  /** The ids of the broken rules, in order. */
  public List<String> ruleIds() {
    return violations.stream().map(Violation::ruleId).toList();
  }
}
