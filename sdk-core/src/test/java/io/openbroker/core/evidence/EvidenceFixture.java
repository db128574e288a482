package io.openbroker.core.evidence;

import io.openbroker.core.Effects;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.testing.AdjustableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real SM2 checkpoint keys (the envelope vectors' test keys) and chains made with them. */
final class EvidenceFixture {

  static final Instant START = Instant.parse("2026-11-20T02:00:00Z");
  static final MessageSigner SIGNER =
      KeyReader.privateKey(text("broker-sm2-private.pem"))
          .signer(Effects.deterministic(9, AdjustableClock.at(START)).random());
  static final MessageVerifier VERIFIER =
      KeyReader.publicKey(text("broker-sm2-public.pem")).verifier();
  static final MessageVerifier OTHER_VERIFIER =
      KeyReader.publicKey(text("bank-sm2-public.pem")).verifier();

  private EvidenceFixture() {}

  /** Chains are deterministic: properties reuse them rather than re-sign their checkpoints. */
  private static final Map<List<Integer>, List<EvidenceRecord>> CHAINS = new ConcurrentHashMap<>();

  /** {@code dataRecords} records appended one second apart, a checkpoint every {@code every}. */
  static List<EvidenceRecord> chain(int dataRecords, int every) {
    return CHAINS.computeIfAbsent(List.of(dataRecords, every), key -> build(dataRecords, every));
  }

  private static List<EvidenceRecord> build(int dataRecords, int every) {
    AdjustableClock clock = AdjustableClock.at(START);
    InMemoryEvidenceStore store = new InMemoryEvidenceStore();
    EvidenceLog log =
        EvidenceLog.builder(store, SIGNER).clock(clock).checkpointEvery(every).build();
    for (int i = 0; i < dataRecords; i++) {
      log.append("kyc.evidence", Map.of("application", "A-" + i, "step", i));
      clock.advance(Duration.ofSeconds(1));
    }
    return store.read(0, Integer.MAX_VALUE);
  }

  static ChainVerification verify(List<EvidenceRecord> records) {
    return new ChainVerifier(VERIFIER).verify(new InMemoryEvidenceStore(records));
  }

  static ChainVerification verify(List<EvidenceRecord> records, ChainHead knownHead) {
    return new ChainVerifier(VERIFIER).verify(new InMemoryEvidenceStore(records), knownHead);
  }

  static String text(String name) {
    try (InputStream in = EvidenceFixture.class.getResourceAsStream("/vectors/envelope/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
