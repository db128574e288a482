package io.openbroker.core.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * One record of the evidence chain as stored: its sequence number, time, type, payload, the hash of
 * its predecessor and its own hash. Made by {@link EvidenceLog}; stores persist all six fields as
 * they are. The timestamp is held to the millisecond (that is what is hashed).
 *
 * <p>{@link #toString()} shows the payload's size, never its content (it may hold personal data).
 *
 * @param sequence 0 for the first record, then one more for each
 * @param timestamp when it was appended, from the injected clock; {@link #EARLIEST} to {@link
 *     #LATEST} (years −2491 to 6429)
 * @param type what kind of evidence, e.g. {@code kyc.face_match}: 1 to {@value #MAX_TYPE_LENGTH}
 *     printable ASCII characters (a label, hashed with a one-byte length); {@value
 *     #CHECKPOINT_TYPE} is reserved for checkpoints
 * @param payload the evidence itself (copied in and out); often canonical JSON
 * @param previousHash the predecessor's {@link #hash}, or {@link ChainHash#GENESIS}
 * @param hash the SM3 hash over all the other fields
 */
public record EvidenceRecord(
    long sequence,
    Instant timestamp,
    String type,
    byte[] payload,
    ChainHash previousHash,
    ChainHash hash) {

  /** The type of the signed checkpoints that {@link EvidenceLog} appends. */
  public static final String CHECKPOINT_TYPE = "ob.checkpoint";

  /** The earliest timestamp the chain's 6-byte milliseconds hold. */
  public static final Instant EARLIEST = Instant.ofEpochMilli(-(1L << 47));

  /** The latest timestamp the chain's 6-byte milliseconds hold. */
  public static final Instant LATEST = Instant.ofEpochMilli((1L << 47) - 1);

  /** Types are short labels (printable ASCII, no spaces), not data. */
  public static final int MAX_TYPE_LENGTH = 100;

  public EvidenceRecord {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative: " + sequence);
    }
    timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MILLIS);
    if (timestamp.isBefore(EARLIEST) || timestamp.isAfter(LATEST)) {
      throw new IllegalArgumentException("timestamp must be within ±2^47 ms of 1970: " + timestamp);
    }
    Objects.requireNonNull(type, "type");
    if (!isLabel(type)) {
      throw new IllegalArgumentException("type must be 1 to 100 printable ASCII characters");
    }
    payload = Objects.requireNonNull(payload, "payload").clone();
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }

  private static boolean isLabel(String type) {
    if (type.isEmpty() || type.length() > MAX_TYPE_LENGTH) {
      return false;
    }
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** The payload decoded as UTF-8 (for JSON payloads). */
  public String payloadText() {
    return new String(payload, StandardCharsets.UTF_8);
  }

  /** Whether this is a checkpoint appended by {@link EvidenceLog}. */
  public boolean isCheckpoint() {
    return CHECKPOINT_TYPE.equals(type);
  }

  /** This record's place in the chain. */
  public ChainHead asHead() {
    return new ChainHead(sequence, hash);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvidenceRecord that
        && sequence == that.sequence
        && timestamp.equals(that.timestamp)
        && type.equals(that.type)
        && Arrays.equals(payload, that.payload)
        && previousHash.equals(that.previousHash)
        && hash.equals(that.hash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, timestamp, type, Arrays.hashCode(payload), hash);
  }

  @Override
  public String toString() {
    return "EvidenceRecord[sequence="
        + sequence
        + ", timestamp="
        + timestamp
        + ", type="
        + type
        + ", payload="
        + payload.length
        + " bytes, hash="
        + hash
        + "]";
  }
}
