package io.openbroker.transfer.spi;

import java.util.Objects;

/**
 * A risk policy's decision on one transfer: allow it, deny it, or hold it for review. A denial is
 * journaled as a final refusal with its reason; a review holds the transfer ({@code HELD}) until
 * {@code TransferService.reviews()} approves or rejects it. Neither is frozen or sent.
 */
public sealed interface RiskDecision {

  /** Go ahead. */
  record Allow() implements RiskDecision {}

  /**
   * Refused by policy.
   *
   * @param code a stable code, e.g. {@code OUTSIDE_TRANSFER_HOURS}
   * @param reason a short explanation without personal data
   */
  record Deny(String code, String reason) implements RiskDecision {
    public Deny {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Needs a person's review before it may go (e.g. a large withdrawal at night).
   *
   * @param code a stable code, e.g. {@code LARGE_NIGHT_WITHDRAWAL}
   * @param reason a short explanation without personal data
   */
  record Review(String code, String reason) implements RiskDecision {
    public Review {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
