package io.openbroker.core.evidence.internal;

import io.openbroker.core.evidence.BreakKind;
import io.openbroker.core.evidence.ChainHash;
import io.openbroker.core.evidence.ChainVerification.Broken;
import io.openbroker.core.evidence.EvidenceRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains the first break of a chain. At the first record that does not follow its predecessor,
 * each single tampering that could explain it is undone in turn; the first whose undoing makes the
 * rest of the chain consistent names the break:
 *
 * <ol>
 *   <li>REORDERED — the expected record sits later; swapping it back repairs the chain;
 *   <li>INSERTED (just before) — two records claim one sequence and the earlier one is the extra;
 *   <li>INSERTED (here) — removing this record repairs the chain (a following record confirms);
 *   <li>DELETED — the expected sequence is nowhere, and the chain resumes after the gap;
 *   <li>EDITED — this record's content no longer matches its hash, and its successors still chain
 *       to it;
 *   <li>EDITED (just before) — the predecessor was rewritten with a new hash: its successor's link
 *       breaks.
 * </ol>
 *
 * If nothing explains it (several tamperings), the break is reported as EDITED here. Two tamperings
 * are told apart only where the chain holds the evidence: e.g. a forged record appended after the
 * last one is an append, and a copy of the last record placed after it is taken for a forgery
 * placed before it, unless a known head settles it.
 */
public final class ChainDiagnosis {

  private final List<EvidenceRecord> rest;
  private final long position;
  private final long expected;
  private final ChainHash expectedPrevious;
  private final EvidenceRecord previous;
  private final ChainRun run;

  /**
   * @param rest the records from the break on ({@code rest.get(0)} is the first bad one)
   * @param position the break's position in the store
   * @param expected the sequence expected at the break
   * @param expectedPrevious the hash the record at the break should link to
   * @param previous the record before the break, or null at position 0
   * @param run the consistency check (with the known head, if any)
   */
  public ChainDiagnosis(
      List<EvidenceRecord> rest,
      long position,
      long expected,
      ChainHash expectedPrevious,
      EvidenceRecord previous,
      ChainRun run) {
    this.rest = rest;
    this.position = position;
    this.expected = expected;
    this.expectedPrevious = expectedPrevious;
    this.previous = previous;
    this.run = run;
  }

  /** The first break, explained. */
  public Broken diagnose() {
    EvidenceRecord here = rest.get(0);
    long e = expected;
    if (here.sequence() != e && swappedBackRuns(e)) {
      return broken(BreakKind.REORDERED, e, position, "record " + e + " is out of order");
    }
    if (previous != null
        && here.sequence() == e - 1
        && run.consistent(rest, 0, e - 1, previous.previousHash())) {
      return broken(BreakKind.INSERTED, e - 1, position - 1, "a second record claims " + (e - 1));
    }
    if (rest.size() > 1 && run.consistent(rest, 1, e, expectedPrevious)) {
      return broken(BreakKind.INSERTED, e, position, "a record was inserted before " + e);
    }
    if (here.sequence() > e
        && indexOfSequence(e, 0) < 0
        && run.consistent(rest, 0, here.sequence(), here.previousHash())) {
      return broken(BreakKind.DELETED, e, position, "record " + e + " is missing");
    }
    if (!RecordHasher.isSelfConsistent(here)
        && (run.consistent(rest, 1, e + 1, here.hash())
            || run.consistent(rest, 1, e + 1, RecordHasher.recompute(here)))) {
      return broken(BreakKind.EDITED, e, position, "record " + e + " does not match its hash");
    }
    if (previous != null
        && RecordHasher.isSelfConsistent(here)
        && run.consistent(rest, 0, e, here.previousHash())) {
      return broken(
          BreakKind.EDITED,
          e - 1,
          position - 1,
          "record " + (e - 1) + " was rewritten and rehashed");
    }
    return broken(BreakKind.EDITED, e, position, "the chain breaks at record " + e);
  }

  private boolean swappedBackRuns(long e) {
    int at = indexOfSequence(e, 1);
    if (at < 0) {
      return false;
    }
    List<EvidenceRecord> swapped = new ArrayList<>(rest);
    swapped.set(0, rest.get(at));
    swapped.set(at, rest.get(0));
    return run.consistent(swapped, 0, e, expectedPrevious);
  }

  private int indexOfSequence(long sequence, int from) {
    for (int i = from; i < rest.size(); i++) {
      if (rest.get(i).sequence() == sequence) {
        return i;
      }
    }
    return -1;
  }

  private static Broken broken(BreakKind kind, long sequence, long position, String detail) {
    return new Broken(kind, sequence, position, detail);
  }
}
