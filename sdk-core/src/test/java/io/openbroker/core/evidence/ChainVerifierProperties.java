package io.openbroker.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Any single edit, deletion, insertion or swap of two records is found at the right record with the
 * right kind. Without a known head the documented blind spot is excluded (deleting the last record
 * is a truncation); with the head kept, nothing is excluded.
 */
class ChainVerifierProperties {

  enum Tampering {
    EDIT,
    EDIT_AND_REHASH,
    DELETE,
    INSERT,
    SWAP
  }

  @Property(tries = 400)
  void anySingleTamperingIsNamedAtTheFirstBadRecordGivenTheKnownHead(
      @ForAll @IntRange(min = 2, max = 30) int dataRecords,
      @ForAll @IntRange(min = 1, max = 8) int checkpointEvery,
      @ForAll Tampering tampering,
      @ForAll @IntRange(min = 0, max = 10_000) int a,
      @ForAll @IntRange(min = 0, max = 10_000) int b) {
    List<EvidenceRecord> chain = EvidenceFixture.chain(dataRecords, checkpointEvery);
    ChainHead head = chain.get(chain.size() - 1).asHead();
    Expected expected = tamper(chain, tampering, a, b, chain.size());

    assertNamed(EvidenceFixture.verify(expected.records, head), expected);
  }

  @Property(tries = 400)
  void anySingleTamperingExceptCuttingTheTailIsNamedWithoutAKnownHead(
      @ForAll @IntRange(min = 2, max = 30) int dataRecords,
      @ForAll @IntRange(min = 1, max = 8) int checkpointEvery,
      @ForAll Tampering tampering,
      @ForAll @IntRange(min = 0, max = 10_000) int a,
      @ForAll @IntRange(min = 0, max = 10_000) int b) {
    List<EvidenceRecord> chain = EvidenceFixture.chain(dataRecords, checkpointEvery);
    boolean cutsTheTail = tampering == Tampering.DELETE || tampering == Tampering.EDIT_AND_REHASH;
    Expected expected = tamper(chain, tampering, a, b, chain.size() - (cutsTheTail ? 1 : 0));

    assertNamed(EvidenceFixture.verify(expected.records), expected);
  }

  private record Expected(List<EvidenceRecord> records, BreakKind kind, int sequence) {}

  /** Applies one tampering at positions drawn from {@code a} and {@code b} below {@code bound}. */
  private static Expected tamper(
      List<EvidenceRecord> chain, Tampering tampering, int a, int b, int bound) {
    int k = a % bound;
    return switch (tampering) {
      case EDIT -> new Expected(ChainTampering.edit(chain, k), BreakKind.EDITED, k);
      case EDIT_AND_REHASH ->
          new Expected(ChainTampering.editAndRehash(chain, k), BreakKind.EDITED, k);
      case DELETE -> new Expected(ChainTampering.delete(chain, k), BreakKind.DELETED, k);
      case INSERT -> new Expected(ChainTampering.insertForgery(chain, k), BreakKind.INSERTED, k);
      case SWAP -> {
        int i = a % (chain.size() - 1);
        int j = i + 1 + b % (chain.size() - 1 - i);
        yield new Expected(ChainTampering.swap(chain, i, j), BreakKind.REORDERED, i);
      }
    };
  }

  private static void assertNamed(ChainVerification result, Expected expected) {
    assertThat(result).isInstanceOf(ChainVerification.Broken.class);
    ChainVerification.Broken broken = (ChainVerification.Broken) result;
    assertThat(broken.kind()).as(broken.detail()).isEqualTo(expected.kind());
    assertThat(broken.sequence()).as(broken.detail()).isEqualTo(expected.sequence());
    assertThat(broken.position()).as(broken.detail()).isEqualTo(expected.sequence());
  }
}
