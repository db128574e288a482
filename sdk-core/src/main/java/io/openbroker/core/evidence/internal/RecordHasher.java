package io.openbroker.core.evidence.internal;

import io.openbroker.core.evidence.ChainHash;
import io.openbroker.core.evidence.EvidenceRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The SM3 hash of an evidence record. Every field is length-prefixed or fixed-width after a domain
 * tag, so that no two different records share an input (moving bytes from the type into the payload
 * changes the hash).
 *
 * <pre>
 * "OB-EVIDENCE-RECORD-v1\n" | sequence (8 bytes) | epoch millis (8) | len(type) (4) | type UTF-8
 *   | len(payload) (4) | payload | previous hash (32)
 * </pre>
 */
public final class RecordHasher {

  private static final byte[] DOMAIN =
      "OB-EVIDENCE-RECORD-v1\n".getBytes(StandardCharsets.US_ASCII);

  /** Sequence, epoch millis and the type's length. */
  private static final int HEADER_WORDS = Long.BYTES * 2 + Integer.BYTES;

  private RecordHasher() {}

  /** The hash a record with these fields must carry. */
  public static ChainHash hash(
      long sequence, Instant timestamp, String type, byte[] payload, ChainHash previous) {
    return hash(new SM3Digest(), sequence, timestamp, type, payload, previous);
  }

  /**
   * The same hash, computed with {@code engine} (left reset): the evidence log keeps one engine
   * rather than allocating one per record. The fixed-width header goes in as one array.
   */
  public static ChainHash hash(
      SM3Digest engine,
      long sequence,
      Instant timestamp,
      String type,
      byte[] payload,
      ChainHash previous) {
    byte[] typeBytes = type.getBytes(StandardCharsets.UTF_8);
    byte[] header = new byte[DOMAIN.length + HEADER_WORDS + typeBytes.length + Integer.BYTES];
    System.arraycopy(DOMAIN, 0, header, 0, DOMAIN.length);
    int at = putLong(header, DOMAIN.length, sequence);
    at = putLong(header, at, timestamp.toEpochMilli());
    at = putInt(header, at, typeBytes.length);
    System.arraycopy(typeBytes, 0, header, at, typeBytes.length);
    putInt(header, at + typeBytes.length, payload.length);
    engine.update(header, 0, header.length);
    engine.update(payload, 0, payload.length);
    byte[] previousBytes = previous.bytes();
    engine.update(previousBytes, 0, previousBytes.length);
    byte[] hash = new byte[io.openbroker.core.crypto.Sm3Hash.LENGTH];
    engine.doFinal(hash, 0);
    return new ChainHash(hash);
  }

  private static int putLong(byte[] into, int at, long value) {
    for (int i = 0; i < Long.BYTES; i++) {
      into[at + i] = (byte) (value >>> (56 - 8 * i));
    }
    return at + Long.BYTES;
  }

  private static int putInt(byte[] into, int at, int value) {
    for (int i = 0; i < Integer.BYTES; i++) {
      into[at + i] = (byte) (value >>> (24 - 8 * i));
    }
    return at + Integer.BYTES;
  }

  /** Recomputes {@code record}'s hash from its other fields. */
  public static ChainHash recompute(EvidenceRecord record) {
    return hash(
        record.sequence(),
        record.timestamp(),
        record.type(),
        record.payload(),
        record.previousHash());
  }

  /** Whether {@code record}'s stored hash matches its content. */
  public static boolean isSelfConsistent(EvidenceRecord record) {
    return recompute(record).equals(record.hash());
  }
}
