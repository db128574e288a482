package io.openbroker.transfer.internal.flow;

/** What one bank answer proves about the original transfer. */
enum Verdict {
  /** The money moved. */
  SUCCEEDED,
  /** The money did not move and never will under this serial. */
  FAILED,
  /** The money moved and was moved back by a reversal. */
  REVERSED,
  /** The bank has no transfer under this serial (yet). */
  NOT_FOUND,
  /** Nothing proven. */
  UNKNOWN
}
