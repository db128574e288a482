package io.openbroker.core.evidence.internal;

import io.openbroker.core.evidence.ChainHash;
import io.openbroker.core.evidence.ChainHead;
import io.openbroker.core.evidence.EvidenceRecord;
import java.util.List;

/** Head-aware consistency of a run of records, shared with the verifier's main walk. */
public final class ChainRun {
  private final ChainHead knownHead;
  private final boolean reachesEnd;

  /**
   * @param knownHead a head the chain must contain, or null
   * @param reachesEnd whether the runs checked end where the chain ends (so a known head must have
   *     been reached)
   */
  public ChainRun(ChainHead knownHead, boolean reachesEnd) {
    this.knownHead = knownHead;
    this.reachesEnd = reachesEnd;
  }

  /**
   * Whether {@code records} from {@code from} on follow a predecessor with sequence {@code next -
   * 1} and hash {@code previousHash}, each linked and matching its own hash.
   */
  public boolean consistent(
      List<EvidenceRecord> records, int from, long next, ChainHash previousHash) {
    long e = next;
    ChainHash h = previousHash;
    if (!agreesWithHead(e - 1, h)) {
      return false;
    }
    for (int i = from; i < records.size(); i++) {
      EvidenceRecord record = records.get(i);
      if (!follows(record, e, h)) {
        return false;
      }
      e++;
      h = record.hash();
      if (!agreesWithHead(e - 1, h)) {
        return false;
      }
    }
    return !reachesEnd || knownHead == null || e - 1 >= knownHead.sequence();
  }

  /** Whether {@code record} is the {@code sequence}-th record after one with hash {@code h}. */
  public static boolean follows(EvidenceRecord record, long sequence, ChainHash h) {
    return record.sequence() == sequence
        && record.previousHash().equals(h)
        && RecordHasher.isSelfConsistent(record);
  }

  /** False only when {@code sequence} is the known head's and {@code hash} is not its hash. */
  public boolean agreesWithHead(long sequence, ChainHash hash) {
    return knownHead == null || sequence != knownHead.sequence() || hash.equals(knownHead.hash());
  }
}
