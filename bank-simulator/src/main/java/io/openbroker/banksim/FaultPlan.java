package io.openbroker.banksim;

import java.util.List;
import java.util.Objects;

/**
 * The faults a bank injects, deterministic from {@code seed}: for the same plan and the same
 * sequence of requests, the same requests are struck. Rules are tried in order; the first that
 * strikes wins. Setting a plan restarts its counters and randomness.
 *
 * <pre>{@code
 * bank.setFaultPlan(new FaultPlan(42, List.of(
 *     FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 3))));
 * }</pre>
 */
public record FaultPlan(long seed, List<FaultRule> rules) {

  /** No faults. */
  public static final FaultPlan NONE = new FaultPlan(0, List.of());

  public FaultPlan {
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
  }
}
