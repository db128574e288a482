package io.openbroker.banksim;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One rule of a {@link FaultPlan}: which operation, which fault, when. {@code when} is either exact
 * ordinals ("the 3rd transfer", counting that operation's requests from 1 since the plan was set)
 * or a probability drawn from the plan's seeded randomness.
 *
 * <pre>{@code
 * FaultRule.onNth(BankOperation.TRANSFER, FaultKind.DROP_AFTER_COMMIT, 3);
 * FaultRule.withProbability(BankOperation.ANY, FaultKind.DELAY, 0.1).lasting(Duration.ofMillis(50));
 * }</pre>
 *
 * @param operation the operation it applies to ({@link BankOperation#ANY} for all)
 * @param kind the fault
 * @param ordinals the 1-based request numbers it strikes, or empty to use {@code probability}
 * @param probability the chance per request when {@code ordinals} is empty, in [0, 1]
 * @param duration for DELAY, TIMEOUT, CLOCK_SKEW and SLOW_RESPONSE
 */
public record FaultRule(
    BankOperation operation,
    FaultKind kind,
    Set<Long> ordinals,
    double probability,
    Duration duration) {

  public FaultRule {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(kind, "kind");
    ordinals = Set.copyOf(new TreeSet<>(ordinals));
    Objects.requireNonNull(duration, "duration");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1]: " + probability);
    }
    if (ordinals.stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("ordinals count from 1: " + ordinals);
    }
    if (kind == FaultKind.DUPLICATE_DELIVERY && operation != BankOperation.BANK_INITIATED) {
      throw new IllegalArgumentException("DUPLICATE_DELIVERY applies to BANK_INITIATED only");
    }
  }

  /** Strikes exactly the {@code nth} requests of {@code operation}. */
  public static FaultRule onNth(BankOperation operation, FaultKind kind, long... nth) {
    Set<Long> set = new TreeSet<>();
    for (long n : nth) {
      set.add(n);
    }
    if (set.isEmpty()) {
      throw new IllegalArgumentException("name at least one ordinal");
    }
    return new FaultRule(operation, kind, set, 0, Duration.ofSeconds(1));
  }

  /** Strikes each request of {@code operation} with probability {@code p}. */
  public static FaultRule withProbability(BankOperation operation, FaultKind kind, double p) {
    return new FaultRule(operation, kind, Set.of(), p, Duration.ofSeconds(1));
  }

  /** A copy with another duration (delay, hold, skew or byte interval). */
  public FaultRule lasting(Duration newDuration) {
    return new FaultRule(operation, kind, ordinals, probability, newDuration);
  }

  /** Whether this rule applies to requests of {@code op}. */
  public boolean appliesTo(BankOperation op) {
    return operation == BankOperation.ANY ? op != BankOperation.BANK_INITIATED : operation == op;
  }
}
