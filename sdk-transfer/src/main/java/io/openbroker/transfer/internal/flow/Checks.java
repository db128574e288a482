package io.openbroker.transfer.internal.flow;

import io.openbroker.core.Effects;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.TransferContext;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferState;
import io.openbroker.transfer.spi.AccountActivity;
import io.openbroker.transfer.spi.RiskContext;
import io.openbroker.transfer.spi.RiskDecision;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks before a new transfer is frozen or sent: the eligibility gate, then the risk policy. A
 * refusal becomes a journal row that is already final (FAILED, booked), so the decision and its
 * reason are recorded and a repeat of the serial gets the same refusal; a review becomes a HELD row
 * that waits for {@link ReviewDesk}.
 */
final class Checks {

  private static final Logger LOG = LoggerFactory.getLogger(Checks.class);

  private final FlowContext ctx;

  Checks(FlowContext ctx) {
    this.ctx = ctx;
  }

  /** The final FAILED (or HELD) record if {@code request} may not go now; empty if it may. */
  Optional<TransferRecord> refusal(
      TransferRequest request, TransferContext context, TransferRecord fresh) {
    Optional<String> ineligible =
        ctx.eligibility().refusal(request.fundAccount(), request.bankAccount());
    if (ineligible.isPresent()) {
      String text = ineligible.get();
      int colon = text.indexOf(':');
      String code = colon > 0 ? text.substring(0, colon).strip() : "NOT_ELIGIBLE";
      return Optional.of(
          refused(fresh, code, colon > 0 ? text.substring(colon + 1).strip() : text));
    }
    ZonedDateTime at = ctx.effects().clock().instant().atZone(Effects.CHINA);
    long dayStart = at.toLocalDate().atStartOfDay(Effects.CHINA).toInstant().toEpochMilli();
    long windowStart = at.toInstant().minus(ctx.risk().velocityWindow()).toEpochMilli();
    AccountActivity activity =
        ctx.risk().readsActivity()
            ? ctx.journal().activity(request.fundAccount(), dayStart, windowStart)
            : new AccountActivity(0, 0, Money.ofFen(0), Money.ofFen(0));
    RiskDecision decision =
        ctx.risk()
            .assess(
                new RiskContext(
                    request, at, context.clientIp(), context.investorClass(), activity));
    if (decision instanceof RiskDecision.Deny d) {
      return Optional.of(refused(fresh, d.code(), "risk: deny: " + d.reason()));
    }
    if (decision instanceof RiskDecision.Review r) {
      LOG.info("transfer {} held for review: {} ({})", fresh.serial(), r.code(), r.reason());
      return Optional.of(fresh.with(TransferState.HELD, r.code(), r.reason(), fresh.createdAt()));
    }
    return Optional.empty();
  }

  private TransferRecord refused(TransferRecord fresh, String code, String reason) {
    LOG.info("transfer {} refused before sending: {} ({})", fresh.serial(), code, reason);
    return fresh
        .with(TransferState.FAILED, code, reason, fresh.createdAt())
        .booked(fresh.createdAt());
  }
}
