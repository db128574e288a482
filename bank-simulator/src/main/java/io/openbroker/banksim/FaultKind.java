package io.openbroker.banksim;

/**
 * What an injected fault does to one request. "Nothing applied" means the bank's books do not
 * change; "applied" means the change is committed before the fault strikes.
 */
public enum FaultKind {
  /** Waits the rule's duration, then processes and answers normally. */
  DELAY,
  /** Nothing applied; holds the connection for the rule's duration, then closes it unanswered. */
  TIMEOUT,
  /** Applied and committed; then the connection is closed without an answer. */
  DROP_AFTER_COMMIT,
  /** Nothing applied; a signed HTTP 500 answer with {@code SERVICE_UNAVAILABLE}. */
  FAIL_BEFORE_COMMIT,
  /** Nothing applied; an unsigned HTTP 503 like a load balancer's. */
  HTTP_5XX,
  /** Nothing applied; the connection is closed before any byte of the answer. */
  CONNECTION_RESET,
  /** Applied; the answer's signature is corrupted. */
  CORRUPT_SIGNATURE,
  /** Applied; the answer's {@code OB-Timestamp} is off by the rule's duration (signed as such). */
  CLOCK_SKEW,
  /**
   * Applied; the answer's body is sent a byte at a time, the rule's duration apart (slow-loris).
   */
  SLOW_RESPONSE,
  /** Bank-initiated messages only: the message is delivered twice. */
  DUPLICATE_DELIVERY,
  /**
   * Applied and committed; then the bank crashes without answering and restarts from its store on
   * the same port (in-process: its books are rebuilt from the journal).
   */
  CRASH_RESTART
}
