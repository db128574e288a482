package io.openbroker.transfer;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.transfer.internal.flow.ReviewDesk;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 人工复核 — the operators' queue of transfers the risk policy held for review (SPEC §7.3; {@link
 * io.openbroker.transfer.spi.RiskDecision.Review}). A held transfer is journaled in {@link
 * TransferState#HELD} with nothing frozen, sent or booked, and recovery leaves it alone until a
 * reviewer decides:
 *
 * <ul>
 *   <li>{@link #approve} — it runs its normal flow under the same serial (a withdrawal is frozen
 *       then sent), exactly once even if approved twice or on two nodes at once: the second
 *       approval gets the transfer's outcome;
 *   <li>{@link #reject} — a definite {@code Refused REVIEW_REJECTED}; nothing was booked;
 *   <li>{@link #expire} — run it on a schedule: every transfer held longer than the broker's limit
 *       becomes a definite {@code Refused REVIEW_EXPIRED}, so no client waits forever and no
 *       approval arrives days later for a transfer the client has given up on.
 * </ul>
 *
 * <p>The bank password is never stored, so a held <em>deposit</em> is approved only with the
 * client's password passed again ({@code REVIEW_PASSWORD_REQUIRED} otherwise): the channel asks the
 * client once the reviewer has said yes.
 *
 * <pre>{@code
 * for (TransferRecord held : transfers.reviews().pending()) {
 *   log.info("{} {} {}: {}", held.serial(), held.direction(), held.amount(), held.resultCode());
 * }
 * transfers.reviews().approve(withdrawalSerial, "reviewer-7");
 * transfers.reviews().approve(depositSerial, "reviewer-7", passwordFromTheClient);
 * transfers.reviews().reject(otherSerial, "reviewer-7", "client did not confirm by phone");
 * transfers.reviews().expire(Duration.ofHours(2)); // e.g. every few minutes
 * }</pre>
 */
public final class ReviewQueue {

  private static final int MAX_REVIEWER = 64;

  private final ReviewDesk desk;
  private final Clock clock;

  ReviewQueue(ReviewDesk desk, Clock clock) {
    this.desk = desk;
    this.clock = clock;
  }

  /**
   * The transfers waiting for review, oldest first; each record's {@code resultCode} and {@code
   * resultMessage} are the policy's code and reason.
   */
  public List<TransferRecord> pending() {
    return desk.pending();
  }

  /**
   * Approves a held withdrawal and drives it to a definite end (or {@code Unknown}, as {@link
   * TransferService#transfer} would). Approving a transfer already decided returns its outcome.
   *
   * @throws io.openbroker.core.InvalidInputException {@code TRANSFER_NOT_FOUND}; {@code
   *     REVIEW_PASSWORD_REQUIRED} for a held deposit (use the overload with the password)
   */
  public TransferOutcome approve(BusinessSerial serial, String reviewer) {
    return desk.approve(
        Objects.requireNonNull(serial, "serial"), checked(reviewer), Optional.empty());
  }

  /** Approves a held deposit (or withdrawal) with the client's bank password, passed again. */
  public TransferOutcome approve(BusinessSerial serial, String reviewer, BankPassword password) {
    return desk.approve(
        Objects.requireNonNull(serial, "serial"),
        checked(reviewer),
        Optional.of(Objects.requireNonNull(password, "password")));
  }

  /**
   * Rejects a held transfer: {@code Refused REVIEW_REJECTED}, nothing booked. Rejecting a transfer
   * already approved changes nothing and returns its outcome.
   *
   * @param reason why, without personal data (kept in the journal, clipped to 200 characters)
   * @throws io.openbroker.core.InvalidInputException {@code TRANSFER_NOT_FOUND}
   */
  public TransferOutcome reject(BusinessSerial serial, String reviewer, String reason) {
    Objects.requireNonNull(reason, "reason");
    return desk.reject(Objects.requireNonNull(serial, "serial"), checked(reviewer), reason);
  }

  /**
   * Rejects every transfer held for longer than {@code olderThan} (by the time it was submitted):
   * {@code Refused REVIEW_EXPIRED}, nothing booked. A transfer a reviewer decides at the same
   * moment is decided once, by whichever comes first.
   *
   * @return the serials expired by this call, oldest first
   */
  public List<BusinessSerial> expire(Duration olderThan) {
    Objects.requireNonNull(olderThan, "olderThan");
    if (olderThan.isNegative()) {
      throw new IllegalArgumentException("olderThan must not be negative");
    }
    return desk.expire(clock.instant().minus(olderThan), olderThan);
  }

  private static String checked(String reviewer) {
    Objects.requireNonNull(reviewer, "reviewer");
    if (reviewer.isBlank() || reviewer.length() > MAX_REVIEWER) {
      throw new IllegalArgumentException("reviewer must have 1 to 64 characters");
    }
    return reviewer;
  }
}
