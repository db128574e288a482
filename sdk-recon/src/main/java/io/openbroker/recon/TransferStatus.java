package io.openbroker.recon;

/** A transfer's final status as a side reports it; only {@link #SUCCESS} moved money. */
public enum TransferStatus {
  SUCCESS,
  FAILED,
  /** 冲正 — reversed: booked, then cancelled, so no money moved in the end. */
  REVERSED;

  /** Whether a transfer in this status moved money. */
  public boolean movedMoney() {
    return this == SUCCESS;
  }
}
