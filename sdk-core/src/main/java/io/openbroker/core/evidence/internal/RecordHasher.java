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

  private RecordHasher() {}

  /** The hash a record with these fields must carry. */
  public static ChainHash hash(
      long sequence, Instant timestamp, String type, byte[] payload, ChainHash previous) {
    SM3Digest digest = new SM3Digest();
    digest.update(DOMAIN, 0, DOMAIN.length);
    updateLong(digest, sequence);
    updateLong(digest, timestamp.toEpochMilli());
    byte[] typeBytes = type.getBytes(StandardCharsets.UTF_8);
    updateInt(digest, typeBytes.length);
    digest.update(typeBytes, 0, typeBytes.length);
    updateInt(digest, payload.length);
    digest.update(payload, 0, payload.length);
    byte[] previousBytes = previous.bytes();
    digest.update(previousBytes, 0, previousBytes.length);
    byte[] out = new byte[ChainHash.LENGTH];
    digest.doFinal(out, 0);
    return new ChainHash(out);
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

  private static void updateLong(SM3Digest digest, long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      digest.update((byte) (value >>> shift));
    }
  }

  private static void updateInt(SM3Digest digest, int value) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      digest.update((byte) (value >>> shift));
    }
  }
}
