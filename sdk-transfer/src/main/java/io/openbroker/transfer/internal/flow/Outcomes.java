package io.openbroker.transfer.internal.flow;

import io.openbroker.transfer.TransferOutcome;
import io.openbroker.transfer.TransferRecord;

/** The outcome a journal record stands for. */
public final class Outcomes {

  private Outcomes() {}

  /** Succeeded, Refused (FAILED or REVERSED), or Unknown while in flight. */
  public static TransferOutcome of(TransferRecord r) {
    return switch (r.state()) {
      case SUCCEEDED ->
          new TransferOutcome.Succeeded(r.serial(), r.bankSerial(), r.businessDate().orElse(null));
      case FAILED, REVERSED ->
          new TransferOutcome.Refused(r.serial(), r.resultCode(), r.resultMessage());
      default -> new TransferOutcome.Unknown(r.serial(), "in flight (" + r.state() + ")");
    };
  }
}
