package io.openbroker.transfer;

import io.openbroker.core.id.BusinessSerial;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What became of a transfer, as data (a refusal is a value; only a broken conversation throws).
 *
 * <pre>{@code
 * TransferOutcome o = service.transfer(request);
 * if (o instanceof TransferOutcome.Succeeded s) { ... s.bankSerial() ... }
 * else if (o instanceof TransferOutcome.Refused r) { ... r.code() ... }
 * else if (o instanceof TransferOutcome.Unknown u) { ... recovery will finish it ... }
 * else if (o instanceof TransferOutcome.HeldForReview h) { ... service.reviews() decides ... }
 * }</pre>
 */
public sealed interface TransferOutcome {

  /** The transfer's serial. */
  BusinessSerial serial();

  /**
   * The money moved, and the broker's books say so.
   *
   * @param bankSerial the bank's serial (may be "" when only a reversal answer proved success)
   * @param businessDate the business date the bank booked it on (may be null in that case)
   */
  record Succeeded(BusinessSerial serial, String bankSerial, LocalDate businessDate)
      implements TransferOutcome {
    public Succeeded {
      Objects.requireNonNull(serial, "serial");
      Objects.requireNonNull(bankSerial, "bankSerial");
    }
  }

  /**
   * A definite failure: the money did not move (or was moved back by a reversal), and the broker
   * side is undone.
   *
   * @param code the bank's result code (e.g. {@code INSUFFICIENT_FUNDS}), {@code REVERSED} after a
   *     reversal, or a broker-side code (e.g. {@code INSUFFICIENT_WITHDRAWABLE})
   * @param reason a short explanation without personal data
   */
  record Refused(BusinessSerial serial, String code, String reason) implements TransferOutcome {
    public Refused {
      Objects.requireNonNull(serial, "serial");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * No verified answer yet: the bank may have booked it. Resolved by resend/reversal (recovery),
   * never by guessing; ask again with the same serial later.
   */
  record Unknown(BusinessSerial serial, String cause) implements TransferOutcome {
    public Unknown {
      Objects.requireNonNull(serial, "serial");
      Objects.requireNonNull(cause, "cause");
    }
  }

  /**
   * Held by the risk policy for a person's review (SPEC §7.3): nothing frozen, nothing sent,
   * nothing booked. {@link TransferService#reviews()} approves it (it then runs its normal flow
   * under the same serial) or rejects it ({@code Refused REVIEW_REJECTED}).
   *
   * @param code the policy's code, e.g. {@code LARGE_NIGHT_WITHDRAWAL}
   * @param reason the policy's explanation, without personal data
   */
  record HeldForReview(BusinessSerial serial, String code, String reason)
      implements TransferOutcome {
    public HeldForReview {
      Objects.requireNonNull(serial, "serial");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
