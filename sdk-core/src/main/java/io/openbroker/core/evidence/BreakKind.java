package io.openbroker.core.evidence;

/** What {@link ChainVerifier} found at the first bad record of a broken chain. */
public enum BreakKind {
  /** A record's content (or its hash, with its successors left alone) was changed. */
  EDITED,
  /** A record is missing: the chain skips its sequence number, or ends before a known head. */
  DELETED,
  /** A record that was never appended sits in the chain. */
  INSERTED,
  /** Records are present but out of order. */
  REORDERED,
  /**
   * A checkpoint's signature does not verify or does not cover its predecessor: the records before
   * it were rewritten together with their hashes, or the checkpoint was forged.
   */
  BAD_CHECKPOINT
}
