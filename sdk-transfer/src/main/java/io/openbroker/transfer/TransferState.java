package io.openbroker.transfer;

/**
 * Where a transfer stands in the broker's journal (SPEC §7.2). The journal records the state
 * <em>before</em> each network step, so after a crash every row says what may have reached the
 * bank:
 *
 * <pre>
 * HELD ──► CREATED (approved) | FAILED REVIEW_REJECTED      (risk review, before anything)
 * CREATED ──► SENT ──► SUCCEEDED | FAILED
 *               │
 *               └──► UNKNOWN ──► REVERSING ──► REVERSED | FAILED | SUCCEEDED
 * </pre>
 */
public enum TransferState {
  /**
   * Held for a person's review by the risk policy (SPEC §7.3): nothing frozen, nothing sent, and
   * recovery leaves it alone; {@link ReviewQueue} approves it (then {@code CREATED}) or rejects it.
   */
  HELD,
  /** Journaled, checked, (withdrawal: frozen); nothing sent yet. */
  CREATED,
  /** About to be sent or sent (perhaps several times, always with the same serial). */
  SENT,
  /** The bank's verified answer: the money moved. */
  SUCCEEDED,
  /** A definite failure: the bank refused it, or it never left the broker. */
  FAILED,
  /** Resends did not give a verified answer; a reversal is next. */
  UNKNOWN,
  /** 冲正 — a reversal is being sent (retried with its own serial until definite). */
  REVERSING,
  /** The bank confirmed the original is undone or will never apply; the broker side is undone. */
  REVERSED;

  /** Whether the transfer still needs driving (by its caller or by recovery). */
  public boolean inFlight() {
    return this == CREATED || this == SENT || this == UNKNOWN || this == REVERSING;
  }
}
