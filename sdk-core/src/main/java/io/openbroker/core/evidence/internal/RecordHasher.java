package io.openbroker.core.evidence.internal;

import io.openbroker.core.crypto.Sm3Hash;
import io.openbroker.core.evidence.ChainHash;
import io.openbroker.core.evidence.EvidenceRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

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
    byte[] typeBytes = type.getBytes(StandardCharsets.UTF_8);
    ByteBuffer fixed = ByteBuffer.allocate(Long.BYTES * 2 + Integer.BYTES);
    fixed.putLong(sequence).putLong(timestamp.toEpochMilli()).putInt(typeBytes.length).flip();
    ByteBuffer payloadLength = ByteBuffer.allocate(Integer.BYTES).putInt(payload.length).flip();
    byte[] hash =
        Sm3Hash.streaming()
            .update(DOMAIN)
            .update(fixed)
            .update(typeBytes)
            .update(payloadLength)
            .update(payload)
            .update(previous.bytes())
            .digest();
    return new ChainHash(hash);
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
