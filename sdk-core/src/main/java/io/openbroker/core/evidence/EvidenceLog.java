package io.openbroker.core.evidence;

import io.openbroker.core.Effects;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.evidence.internal.CanonicalJson;
import io.openbroker.core.evidence.internal.Checkpoints;
import io.openbroker.core.evidence.internal.RecordHasher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The append side of the evidence chain (存证, SPEC §4): each record carries the SM3 hash of its
 * predecessor, and after every N records (default 100) a checkpoint record signs the sequence and
 * hash of the record before it. Verify with {@link ChainVerifier}. One log is the single writer of
 * its store; appends are serialized.
 *
 * <pre>{@code
 * EvidenceLog log = EvidenceLog.builder(store, sm2Signer).clock(effects.clock()).build();
 * log.append("kyc.face-match", Map.of("application", "A-1", "photoSm3", hex, "score", "0.93"));
 * ChainHead anchor = log.head(); // keep it elsewhere for verify(store, anchor)
 * }</pre>
 */
public final class EvidenceLog {

  /** The default number of records between two checkpoints. */
  public static final int DEFAULT_CHECKPOINT_EVERY = 100;

  private final EvidenceStore store;
  private final MessageSigner checkpointSigner;
  private final Clock clock;
  private final int checkpointEvery;

  /** Reused for every record (appends are serialized). */
  private final SM3Digest hasher = new SM3Digest();

  private ChainHead head;
  private int sinceCheckpoint;

  private EvidenceLog(Builder builder) {
    this.store = builder.store;
    this.checkpointSigner = builder.checkpointSigner;
    this.clock = builder.clock;
    this.checkpointEvery = builder.checkpointEvery;
    this.head = store.head().map(EvidenceRecord::asHead).orElse(ChainHead.EMPTY);
    this.sinceCheckpoint = recordsSinceLastCheckpoint();
  }

  /** A builder over {@code store}, signing checkpoints with {@code checkpointSigner}. */
  public static Builder builder(EvidenceStore store, MessageSigner checkpointSigner) {
    return new Builder(store, checkpointSigner);
  }

  /**
   * Appends one record (and a checkpoint after it when one is due).
   *
   * @param type a short label, not {@value EvidenceRecord#CHECKPOINT_TYPE}
   * @param payload the evidence bytes
   * @return the appended record
   */
  public synchronized EvidenceRecord append(String type, byte[] payload) {
    if (EvidenceRecord.CHECKPOINT_TYPE.equals(type)) {
      throw new IllegalArgumentException(EvidenceRecord.CHECKPOINT_TYPE + " is reserved");
    }
    EvidenceRecord record = appendRecord(type, payload);
    sinceCheckpoint++;
    if (sinceCheckpoint >= checkpointEvery) {
      checkpoint();
    }
    return record;
  }

  /**
   * Appends a record whose payload is {@code fields} as canonical JSON (keys sorted). Values must
   * be strings, integers, decimals, booleans, null, or lists and maps of these.
   */
  public EvidenceRecord append(String type, Map<String, ?> fields) {
    return append(type, CanonicalJson.encode(Objects.requireNonNull(fields, "fields")));
  }

  /**
   * Appends a signed checkpoint over the current head now (e.g. at the end of a business day), so
   * that everything so far is protected by a signature. Returns the new head (the checkpoint), or
   * the head unchanged if it already is a checkpoint (or the chain is empty).
   */
  public synchronized ChainHead checkpoint() {
    if (sinceCheckpoint == 0) {
      return head;
    }
    byte[] payload = Checkpoints.payload(head.sequence(), head.hash(), checkpointSigner);
    appendRecord(EvidenceRecord.CHECKPOINT_TYPE, payload);
    sinceCheckpoint = 0;
    return head;
  }

  /** The last record's sequence and hash: keep it outside the store as an anchor. */
  public synchronized ChainHead head() {
    return head;
  }

  private EvidenceRecord appendRecord(String type, byte[] payload) {
    long sequence = head.sequence() + 1;
    Instant now = Instant.ofEpochMilli(clock.millis());
    ChainHash hash = RecordHasher.hash(hasher, sequence, now, type, payload, head.hash());
    EvidenceRecord record = new EvidenceRecord(sequence, now, type, payload, head.hash(), hash);
    store.append(record);
    head = record.asHead();
    return record;
  }

  /** Reads back at most N records to continue the checkpoint rhythm of an existing store. */
  private int recordsSinceLastCheckpoint() {
    long from = Math.max(0, head.sequence() + 1 - checkpointEvery);
    List<EvidenceRecord> tail = store.read(from, checkpointEvery);
    int count = 0;
    for (EvidenceRecord record : tail) {
      count = record.isCheckpoint() ? 0 : count + 1;
    }
    return count;
  }

  /** Configures an {@link EvidenceLog}; each setter rejects a bad value at once. */
  public static final class Builder {
    private final EvidenceStore store;
    private final MessageSigner checkpointSigner;
    private Clock clock = Effects.system().clock();
    private int checkpointEvery = DEFAULT_CHECKPOINT_EVERY;

    private Builder(EvidenceStore store, MessageSigner checkpointSigner) {
      this.store = Objects.requireNonNull(store, "store");
      this.checkpointSigner = Objects.requireNonNull(checkpointSigner, "checkpointSigner");
    }

    /** The clock that stamps records (tests pass a fake one). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How many records between two checkpoints (1 to 1,000,000). */
    public Builder checkpointEvery(int records) {
      if (records < 1 || records > 1_000_000) {
        throw new IllegalArgumentException("checkpointEvery must be 1 to 1,000,000: " + records);
      }
      this.checkpointEvery = records;
      return this;
    }

    /** The log, continuing after the store's current head. */
    public EvidenceLog build() {
      return new EvidenceLog(this);
    }
  }
}
