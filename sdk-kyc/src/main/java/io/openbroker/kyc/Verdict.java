package io.openbroker.kyc;

import java.util.List;

/** The rule book's decision on one step: approve, reject, or route to another method. */
public sealed interface Verdict {

  /** Every rule passed: the step is applied. */
  record Approve() implements Verdict {}

  /**
   * A rule refused the step. When {@code terminal}, the application is now {@link
   * ApplicationState#REJECTED}; otherwise it is unchanged and the step may be retried.
   *
   * @param refusal the broken rules
   * @param terminal whether the application was rejected
   */
  record Reject(Refusal refusal, boolean terminal) implements Verdict {}

  /**
   * 引导 — the method cannot go on (e.g. face matching failed, Art. 18(4)); the investor may open by
   * one of {@code alternatives}. The application is now {@link ApplicationState#REROUTED}.
   *
   * @param refusal the broken rules
   * @param alternatives e.g. {@code TWO_WAY_VIDEO}, {@code WITNESS}, {@code COUNTER}
   */
  record Reroute(Refusal refusal, List<String> alternatives) implements Verdict {
    public Reroute {
      alternatives = List.copyOf(alternatives);
    }
  }
}
