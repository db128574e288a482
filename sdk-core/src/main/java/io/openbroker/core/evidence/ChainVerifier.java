package io.openbroker.core.evidence;

import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.evidence.internal.ChainDiagnosis;
import io.openbroker.core.evidence.internal.ChainRun;
import io.openbroker.core.evidence.internal.Checkpoints;
import java.util.List;
import java.util.Objects;

/**
 * Verifies a stored evidence chain: every record's hash, every link to its predecessor, every
 * checkpoint's signature, and optionally that a head the caller kept is still there. Reads the
 * store page by page; on the first break it reads ahead (up to 100,000 records) to tell what
 * happened there.
 *
 * <pre>{@code
 * ChainVerifier verifier = new ChainVerifier(checkpointPublicKeyVerifier);
 * ChainVerification result = verifier.verify(store, anchorKeptElsewhere);
 * }</pre>
 *
 * <h2>What it detects, and what it cannot</h2>
 *
 * <ul>
 *   <li>Any single edit, deletion, insertion or swap of two records is named at the first bad
 *       record with its {@link BreakKind} (see {@link ChainDiagnosis} for how).
 *   <li>A record rewritten <em>together with every hash after it</em> passes the links; it is
 *       caught by the first checkpoint after it ({@link BreakKind#BAD_CHECKPOINT}, naming the
 *       checkpoint), or by a known head.
 *   <li>Without a known head, nothing after the last checkpoint is protected against removal of the
 *       tail (truncation) or a consistent rewrite of the tail, and a forged record appended at the
 *       end looks like an append. Keep {@link EvidenceLog#head()} somewhere the store's writers
 *       cannot reach (or call {@link EvidenceLog#checkpoint()} at the end of each day) and pass it
 *       to {@link #verify(EvidenceStore, ChainHead)}.
 *   <li>Anyone holding the checkpoint private key can rewrite the whole chain: protect that key.
 * </ul>
 */
public final class ChainVerifier {

  private static final int PAGE = 1024;
  private static final int DIAGNOSIS_WINDOW = 100_000;

  private final MessageVerifier checkpointVerifier;

  /**
   * @param checkpointVerifier the public key of the checkpoint signer
   */
  public ChainVerifier(MessageVerifier checkpointVerifier) {
    this.checkpointVerifier = Objects.requireNonNull(checkpointVerifier, "checkpointVerifier");
  }

  /** Verifies the whole chain in {@code store}. */
  public ChainVerification verify(EvidenceStore store) {
    return walk(Objects.requireNonNull(store, "store"), null);
  }

  /**
   * Verifies the whole chain and that it still holds {@code knownHead} (a head or a checkpoint's
   * record kept elsewhere): the record at that sequence must carry that hash, and the chain must
   * not end before it.
   */
  public ChainVerification verify(EvidenceStore store, ChainHead knownHead) {
    return walk(Objects.requireNonNull(store, "store"), Objects.requireNonNull(knownHead, "head"));
  }

  private ChainVerification walk(EvidenceStore store, ChainHead knownHead) {
    ChainRun headCheck = new ChainRun(knownHead, false);
    long position = 0;
    ChainHash hash = ChainHash.GENESIS;
    EvidenceRecord previous = null;
    List<EvidenceRecord> page;
    do {
      page = store.read(position, PAGE);
      for (EvidenceRecord record : page) {
        if (!ChainRun.follows(record, position, hash)
            || !headCheck.agreesWithHead(record.sequence(), record.hash())) {
          return diagnose(store, position, hash, previous, knownHead);
        }
        String problem =
            record.isCheckpoint() ? Checkpoints.problem(record, checkpointVerifier) : null;
        if (problem != null) {
          return new ChainVerification.Broken(
              BreakKind.BAD_CHECKPOINT, position, position, problem);
        }
        previous = record;
        hash = record.hash();
        position++;
      }
    } while (page.size() == PAGE);
    if (knownHead != null && position - 1 < knownHead.sequence()) {
      return new ChainVerification.Broken(
          BreakKind.DELETED, position, position, "the chain ends before the known head");
    }
    return new ChainVerification.Intact(
        position, previous == null ? ChainHead.EMPTY : previous.asHead());
  }

  private static ChainVerification diagnose(
      EvidenceStore store,
      long position,
      ChainHash hash,
      EvidenceRecord previous,
      ChainHead knownHead) {
    List<EvidenceRecord> rest = store.read(position, DIAGNOSIS_WINDOW);
    ChainRun run = new ChainRun(knownHead, rest.size() < DIAGNOSIS_WINDOW);
    return new ChainDiagnosis(rest, position, position, hash, previous, run).diagnose();
  }
}
