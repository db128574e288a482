package io.openbroker.core.evidence;

import static io.openbroker.core.evidence.EvidenceFixture.SIGNER;
import static io.openbroker.core.evidence.EvidenceFixture.START;
import static io.openbroker.core.evidence.EvidenceFixture.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.testing.AdjustableClock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;

class EvidenceLogTest {

  private final AdjustableClock clock = AdjustableClock.at(START);
  private final InMemoryEvidenceStore store = new InMemoryEvidenceStore();

  private EvidenceLog log(int every) {
    return EvidenceLog.builder(store, SIGNER).clock(clock).checkpointEvery(every).build();
  }

  @Test
  void eachRecordCarriesItsPredecessorsHashAndTheInjectedTime() {
    EvidenceLog log = log(100);
    EvidenceRecord first = log.append("kyc.id-captured", "photo".getBytes(StandardCharsets.UTF_8));
    clock.advance(Duration.ofSeconds(5));
    EvidenceRecord second = log.append("kyc.face-match", "score".getBytes(StandardCharsets.UTF_8));

    assertThat(first.sequence()).isZero();
    assertThat(first.previousHash()).isEqualTo(ChainHash.GENESIS);
    assertThat(first.timestamp()).isEqualTo(START);
    assertThat(second.sequence()).isEqualTo(1);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.timestamp()).isEqualTo(START.plusSeconds(5));
    assertThat(log.head()).isEqualTo(new ChainHead(1, second.hash()));
  }

  @Test
  void theHashIsSm3OverTheDocumentedLayout() {
    EvidenceLog log = log(100);
    EvidenceRecord first =
        log.append("kyc.video", "{\"sm3\":\"ab\"}".getBytes(StandardCharsets.UTF_8));
    clock.advance(Duration.ofMillis(1234));
    EvidenceRecord second = log.append("x", new byte[] {7, 8});

    // Format 2: 0x02 | sequence (8) | epoch millis (6) | previous hash (32) | len(type) (1) | type
    // | payload (the rest), all big-endian.
    ByteBuffer input = ByteBuffer.allocate(200);
    input.put((byte) 2).putLong(0).put(millis6(START.toEpochMilli())).put(new byte[32]);
    input.put((byte) 9).put("kyc.video".getBytes(StandardCharsets.US_ASCII));
    input.put("{\"sm3\":\"ab\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(first.hash().bytes()).isEqualTo(sm3(input));

    input.clear();
    input.put((byte) 2).putLong(1).put(millis6(START.toEpochMilli() + 1234));
    input.put(first.hash().bytes());
    input.put((byte) 1).put((byte) 'x').put(new byte[] {7, 8});
    assertThat(second.hash().bytes()).isEqualTo(sm3(input));
  }

  /** The low six bytes of the 8-byte big-endian value. */
  private static byte[] millis6(long millis) {
    return java.util.Arrays.copyOfRange(ByteBuffer.allocate(8).putLong(millis).array(), 2, 8);
  }

  @Test
  void timestampsOutsideSixBytesOfMillisecondsAreRefused() {
    EvidenceRecord record = log(100).append("a", new byte[] {1});
    java.time.Instant tooLate = java.time.Instant.ofEpochMilli(1L << 47);
    java.time.Instant tooEarly = java.time.Instant.ofEpochMilli(-(1L << 47) - 1);

    for (java.time.Instant bad : List.of(tooLate, tooEarly)) {
      assertThatThrownBy(
              () -> new EvidenceRecord(1, bad, "a", new byte[0], record.hash(), record.hash()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(
            new EvidenceRecord(
                    1, EvidenceRecord.LATEST, "a", new byte[0], record.hash(), record.hash())
                .timestamp())
        .isEqualTo(java.time.Instant.ofEpochMilli((1L << 47) - 1));
  }

  private static byte[] sm3(ByteBuffer input) {
    SM3Digest sm3 = new SM3Digest();
    sm3.update(input.array(), 0, input.position());
    byte[] hash = new byte[32];
    sm3.doFinal(hash, 0);
    return hash;
  }

  @Test
  void signsACheckpointOverTheRecordBeforeItEveryNRecords() {
    EvidenceLog log = log(3);
    for (int i = 0; i < 7; i++) {
      log.append("kyc.step", Map.of("step", i));
    }
    List<EvidenceRecord> records = store.read(0, 100);

    assertThat(records)
        .extracting(EvidenceRecord::isCheckpoint)
        .containsExactly(false, false, false, true, false, false, false, true, false);
    EvidenceRecord checkpoint = records.get(3);
    assertThat(checkpoint.previousHash()).isEqualTo(records.get(2).hash());
    String json = checkpoint.payloadText();
    assertThat(json).contains("\"sequence\":2", "\"hash\":\"" + records.get(2).hash().hex() + "\"");
    String signature = json.replaceAll(".*\"signature\":\"([^\"]+)\".*", "$1");
    byte[] signed =
        ("OB-EVIDENCE-CHECKPOINT-v1\n2\n" + records.get(2).hash().hex() + "\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(VERIFIER.verify(signed, Base64.getDecoder().decode(signature))).isTrue();
  }

  @Test
  void jsonPayloadsAreCanonicalWithSortedKeys() {
    EvidenceRecord record =
        log(100).append("kyc.rule", Map.of("outcome", "PASS", "article", 18, "actor", "W-007"));

    assertThat(record.payloadText())
        .isEqualTo("{\"actor\":\"W-007\",\"article\":18,\"outcome\":\"PASS\"}");
  }

  @Test
  void refusesValuesThatAreNotPlainJsonAndTheReservedType() {
    EvidenceLog log = log(100);

    assertThatThrownBy(() -> log.append("kyc.x", Map.of("when", START)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.when");
    assertThatThrownBy(() -> log.append(EvidenceRecord.CHECKPOINT_TYPE, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    // A type is hashed with a one-byte length: printable ASCII only, so length = bytes.
    assertThatThrownBy(() -> log.append("kyc.人脸", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.append("kyc face", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.append("k".repeat(101), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.size()).isZero();
  }

  @Test
  void aReopenedLogContinuesTheSequenceAndTheCheckpointRhythm() {
    EvidenceLog first = log(3);
    first.append("a", new byte[] {1});
    first.append("a", new byte[] {2});

    EvidenceLog reopened = log(3);
    EvidenceRecord third = reopened.append("a", new byte[] {3});

    assertThat(third.sequence()).isEqualTo(2);
    assertThat(store.head().orElseThrow().isCheckpoint()).isTrue();
    assertThat(new ChainVerifier(VERIFIER).verify(store))
        .isEqualTo(new ChainVerification.Intact(4, reopened.head()));
  }

  @Test
  void aCheckpointCanBeForcedAndIsNotRepeated() {
    EvidenceLog log = log(100);
    assertThat(log.checkpoint()).isEqualTo(ChainHead.EMPTY);
    log.append("a", new byte[] {1});

    ChainHead afterCheckpoint = log.checkpoint();

    assertThat(afterCheckpoint.sequence()).isEqualTo(1);
    assertThat(log.checkpoint()).isEqualTo(afterCheckpoint);
    assertThat(store.size()).isEqualTo(2);
  }

  @Test
  void aRecordPrintsItsPayloadSizeNotItsContent() {
    EvidenceRecord record = log(100).append("kyc.id", Map.of("name", "张三"));

    assertThat(record.toString()).doesNotContain("张三").contains("bytes");
    assertThat(HexFormat.of().formatHex(record.hash().bytes())).isEqualTo(record.hash().hex());
  }
}
