package io.openbroker.core.evidence.internal;

import io.openbroker.core.evidence.ChainHash;
import io.openbroker.core.evidence.EvidenceRecord;
import java.time.Instant;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The SM3 hash of an evidence record (chain format 2). Every field but the last is fixed-width or
 * length-prefixed, and the payload runs to the end of the input (SM3's padding fixes the input's
 * length), so no two different records share an input.
 *
 * <pre>
 * format (1 byte, 0x02) | sequence (8, big-endian) | epoch millis (6, big-endian two's complement)
 *   | previous hash (32) | len(type) (1) | type (ASCII) | payload (the rest)
 * </pre>
 *
 * <p>The header is 48 bytes plus the type, because every byte is hashed on every append: SM3 works
 * in 64-byte blocks (9 bytes of the last taken by its padding), so a record of type {@code
 * kyc.submit} with a payload of up to 61 bytes costs two blocks. Six bytes of milliseconds reach
 * ±4,459 years around 1970 ({@link EvidenceRecord} refuses instants outside).
 */
public final class RecordHasher {

  /** The first byte of every record's hash input: the chain format. */
  public static final byte FORMAT = 0x02;

  /** The width of the timestamp (epoch milliseconds, two's complement). */
  public static final int MILLIS_BYTES = 6;

  /** Format, sequence, epoch millis, previous hash and the type's length. */
  private static final int HEADER = 1 + Long.BYTES + MILLIS_BYTES + ChainHash.LENGTH + 1;

  private RecordHasher() {}

  /** The hash a record with these fields must carry. */
  public static ChainHash hash(
      long sequence, Instant timestamp, String type, byte[] payload, ChainHash previous) {
    return hash(new SM3Digest(), sequence, timestamp, type, payload, previous);
  }

  /**
   * The same hash, computed with {@code engine} (left reset): the evidence log keeps one engine
   * rather than allocating one per record. The header goes in as one array.
   *
   * @param type 1 to {@value EvidenceRecord#MAX_TYPE_LENGTH} printable ASCII characters (checked by
   *     {@link EvidenceRecord}), so its length fits one byte
   */
  public static ChainHash hash(
      SM3Digest engine,
      long sequence,
      Instant timestamp,
      String type,
      byte[] payload,
      ChainHash previous) {
    int typeLength = type.length();
    byte[] header = new byte[HEADER + typeLength];
    header[0] = FORMAT;
    int at = put(header, 1, sequence, Long.BYTES);
    at = put(header, at, timestamp.toEpochMilli(), MILLIS_BYTES);
    previous.copyInto(header, at);
    at += ChainHash.LENGTH;
    header[at++] = (byte) typeLength;
    for (int i = 0; i < typeLength; i++) {
      header[at + i] = (byte) type.charAt(i);
    }
    engine.update(header, 0, header.length);
    engine.update(payload, 0, payload.length);
    byte[] hash = new byte[ChainHash.LENGTH];
    engine.doFinal(hash, 0);
    return new ChainHash(hash);
  }

  /** The low {@code width} bytes of {@code value}, big-endian. */
  private static int put(byte[] into, int at, long value, int width) {
    for (int i = 0; i < width; i++) {
      into[at + i] = (byte) (value >>> (8 * (width - 1 - i)));
    }
    return at + width;
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
