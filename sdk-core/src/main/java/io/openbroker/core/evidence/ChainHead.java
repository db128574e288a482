package io.openbroker.core.evidence;

import java.util.Objects;

/**
 * The last record of a chain, by sequence and hash: the anchor a caller keeps outside the store
 * (e.g. in another database, a daily report or a regulator's inbox), so that a later verification
 * can prove the chain still contains it and was not cut short after it.
 *
 * <pre>{@code
 * ChainHead anchor = log.head();
 * // later, against the same store:
 * ChainVerification verdict = new ChainVerifier(key).verify(store, anchor);
 * }</pre>
 *
 * @param sequence the record's sequence number, or -1 for an empty chain
 * @param hash the record's hash ({@link ChainHash#GENESIS} for an empty chain)
 */
public record ChainHead(long sequence, ChainHash hash) {

  /** The head of an empty chain. */
  public static final ChainHead EMPTY = new ChainHead(-1, ChainHash.GENESIS);

  public ChainHead {
    if (sequence < -1) {
      throw new IllegalArgumentException("sequence must be -1 or more: " + sequence);
    }
    Objects.requireNonNull(hash, "hash");
  }
}
