package io.openbroker.recon;

/** Where an exception case stands: open → acknowledged → resolved or accepted. */
public enum CaseState {
  /** Found by a run, nobody has looked at it yet. */
  OPEN,
  /** Someone took it on. */
  ACKNOWLEDGED,
  /** Closed by a correcting entry (调账), named in the event. */
  RESOLVED,
  /** Closed without a correction, with a note saying why. */
  ACCEPTED;

  /** Whether a case may move from this state to {@code next}. */
  public boolean canMoveTo(CaseState next) {
    return switch (this) {
      case OPEN -> next == ACKNOWLEDGED;
      case ACKNOWLEDGED -> next == RESOLVED || next == ACCEPTED;
      case RESOLVED, ACCEPTED -> false;
    };
  }
}
