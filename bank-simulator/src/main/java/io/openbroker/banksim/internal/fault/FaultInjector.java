package io.openbroker.banksim.internal.fault;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.banksim.InjectedFault;
import io.openbroker.core.RandomSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, request by request, whether a fault strikes. Decisions depend only on the plan (its seed
 * and rules) and on the order of requests, so a run replays exactly. Every fault is logged (SLF4J,
 * logger {@code io.openbroker.banksim.faults}) and kept for {@link #log()}.
 */
public final class FaultInjector {

  private static final Logger LOG = LoggerFactory.getLogger("io.openbroker.banksim.faults");

  private FaultPlan plan = FaultPlan.NONE;
  private RandomSource random = RandomSource.seeded(0);
  private final Map<BankOperation, Long> counts = new EnumMap<>(BankOperation.class);
  private final List<InjectedFault> log = new ArrayList<>();

  /** Replaces the plan; counters, randomness and the log start afresh. */
  public synchronized void set(FaultPlan newPlan) {
    plan = newPlan;
    random = RandomSource.seeded(newPlan.seed());
    counts.clear();
    log.clear();
    LOG.info("fault plan set: seed {} with {} rules", newPlan.seed(), newPlan.rules().size());
  }

  public synchronized FaultPlan plan() {
    return plan;
  }

  /** The fault for the next request of {@code op}, if one strikes. */
  public Optional<Strike> next(BankOperation op, String detail) {
    return next(op, () -> detail);
  }

  /**
   * The fault for the next request of {@code op}, if one strikes; {@code detail} (for the log) is
   * computed only when one does, so requests without faults pay nothing for it.
   */
  public synchronized Optional<Strike> next(BankOperation op, Supplier<String> detail) {
    long ordinal = counts.merge(op, 1L, Long::sum);
    for (FaultRule rule : plan.rules()) {
      if (!rule.appliesTo(op)) {
        continue;
      }
      boolean strikes =
          rule.ordinals().isEmpty()
              ? rule.probability() > 0 && random.nextDouble() < rule.probability()
              : rule.ordinals().contains(ordinal);
      if (strikes) {
        InjectedFault fault =
            new InjectedFault(log.size() + 1L, op, ordinal, rule.kind(), detail.get());
        log.add(fault);
        LOG.info(
            "injected fault #{}: {} on {} #{} ({})",
            fault.sequence(),
            rule.kind(),
            op,
            ordinal,
            fault.detail());
        return Optional.of(new Strike(rule, fault));
      }
    }
    return Optional.empty();
  }

  /** Every fault injected since the plan was set, in order. */
  public synchronized List<InjectedFault> log() {
    return List.copyOf(log);
  }

  /** A fault that struck: its rule (kind, duration) and its log entry. */
  public record Strike(FaultRule rule, InjectedFault fault) {}
}
