package io.openbroker.transfer.internal.flow;

import io.openbroker.transfer.TransferOutcome;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferState;

/** The outcome a journal record stands for. */
public final class Outcomes {

  private Outcomes() {}

  /**
   * Succeeded, Refused (FAILED or REVERSED), or Unknown while in flight — and also while the ledger
   * has not booked the end yet: the channel hears of a deposit only once it is credited.
   */
  public static TransferOutcome of(TransferRecord r) {
    if (r.state() == TransferState.HELD) {
      return new TransferOutcome.HeldForReview(r.serial(), r.resultCode(), r.resultMessage());
    }
    if (!r.ledgerDone()) {
      return new TransferOutcome.Unknown(r.serial(), "being finished (" + r.state() + ")");
    }
    return switch (r.state()) {
      case SUCCEEDED ->
          new TransferOutcome.Succeeded(r.serial(), r.bankSerial(), r.businessDate().orElse(null));
      case FAILED, REVERSED ->
          new TransferOutcome.Refused(r.serial(), r.resultCode(), r.resultMessage());
      default -> new TransferOutcome.Unknown(r.serial(), "in flight (" + r.state() + ")");
    };
  }
}
