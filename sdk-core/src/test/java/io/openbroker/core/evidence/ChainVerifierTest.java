package io.openbroker.core.evidence;

import static io.openbroker.core.evidence.EvidenceFixture.chain;
import static io.openbroker.core.evidence.EvidenceFixture.verify;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  /** 10 data records and checkpoints at positions 4, 9: 12 records. */
  private final List<EvidenceRecord> chain = chain(10, 4);

  @Test
  void anUntouchedChainIsIntactWithItsCountAndHead() {
    assertThat(chain).hasSize(12);
    assertThat(verify(chain)).isEqualTo(new ChainVerification.Intact(12, chain.get(11).asHead()));
    assertThat(verify(List.of())).isEqualTo(new ChainVerification.Intact(0, ChainHead.EMPTY));
  }

  @Test
  void namesAnEditedRecord() {
    assertBroken(verify(ChainTampering.edit(chain, 6)), BreakKind.EDITED, 6);
  }

  @Test
  void namesARecordEditedAndRehashedAtItselfThroughItsSuccessorsLink() {
    assertBroken(verify(ChainTampering.editAndRehash(chain, 6)), BreakKind.EDITED, 6);
  }

  @Test
  void namesADeletedRecord() {
    assertBroken(verify(ChainTampering.delete(chain, 0)), BreakKind.DELETED, 0);
    assertBroken(verify(ChainTampering.delete(chain, 7)), BreakKind.DELETED, 7);
  }

  @Test
  void namesAnInsertedForgery() {
    assertBroken(verify(ChainTampering.insertForgery(chain, 0)), BreakKind.INSERTED, 0);
    assertBroken(verify(ChainTampering.insertForgery(chain, 5)), BreakKind.INSERTED, 5);
  }

  @Test
  void namesTheFirstOfTwoSwappedRecords() {
    assertBroken(verify(ChainTampering.swap(chain, 2, 3)), BreakKind.REORDERED, 2);
    assertBroken(verify(ChainTampering.swap(chain, 1, 8)), BreakKind.REORDERED, 1);
  }

  @Test
  void aRewriteWithEveryHashRecomputedIsCaughtByTheNextCheckpoint() {
    List<EvidenceRecord> rewritten = ChainTampering.rewriteFrom(chain, 5);

    ChainVerification result = verify(rewritten);

    assertBroken(result, BreakKind.BAD_CHECKPOINT, 9);
    assertThat(((ChainVerification.Broken) result).detail()).contains("does not cover");
  }

  @Test
  void aCheckpointSignedByAnotherKeyIsBad() {
    ChainVerification result =
        new ChainVerifier(EvidenceFixture.OTHER_VERIFIER).verify(new InMemoryEvidenceStore(chain));

    assertBroken(result, BreakKind.BAD_CHECKPOINT, 4);
    assertThat(((ChainVerification.Broken) result).detail()).contains("does not verify");
  }

  @Test
  void truncationAfterTheLastCheckpointIsInvisibleWithoutAKnownHeadAndCaughtWithOne() {
    List<EvidenceRecord> truncated = chain.subList(0, 10);
    ChainHead kept = chain.get(11).asHead();

    assertThat(verify(truncated)).isInstanceOf(ChainVerification.Intact.class);
    assertBroken(verify(truncated, kept), BreakKind.DELETED, 10);
  }

  @Test
  void aConsistentRewriteOfTheTailIsInvisibleWithoutAKnownHeadAndCaughtWithOne() {
    List<EvidenceRecord> rewritten = ChainTampering.rewriteFrom(chain, 11);
    ChainHead kept = chain.get(11).asHead();

    assertThat(verify(rewritten)).isInstanceOf(ChainVerification.Intact.class);
    assertBroken(verify(rewritten, kept), BreakKind.EDITED, 11);
  }

  @Test
  void anOlderKnownHeadStillInTheChainPasses() {
    assertThat(verify(chain, chain.get(3).asHead()))
        .isEqualTo(new ChainVerification.Intact(12, chain.get(11).asHead()));
    assertBroken(verify(chain, new ChainHead(3, chain.get(2).hash())), BreakKind.EDITED, 3);
  }

  private static void assertBroken(ChainVerification result, BreakKind kind, long sequence) {
    assertThat(result).isInstanceOf(ChainVerification.Broken.class);
    ChainVerification.Broken broken = (ChainVerification.Broken) result;
    assertThat(broken.kind()).as(broken.detail()).isEqualTo(kind);
    assertThat(broken.sequence()).as(broken.detail()).isEqualTo(sequence);
    assertThat(broken.position()).isEqualTo(sequence);
  }
}
