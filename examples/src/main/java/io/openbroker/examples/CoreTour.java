package io.openbroker.examples;

import io.openbroker.core.Effects;
import io.openbroker.core.OpenBrokerException;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.CryptoSelfTest;
import io.openbroker.core.crypto.Sm3Hash;
import io.openbroker.core.envelope.EnvelopeHeaders;
import io.openbroker.core.envelope.EnvelopeSigner;
import io.openbroker.core.envelope.EnvelopeVerdict;
import io.openbroker.core.envelope.EnvelopeVerifier;
import io.openbroker.core.envelope.HeaderLookup;
import io.openbroker.core.envelope.KeyResolver;
import io.openbroker.core.evidence.ChainVerification;
import io.openbroker.core.evidence.ChainVerifier;
import io.openbroker.core.evidence.EvidenceLog;
import io.openbroker.core.evidence.EvidenceRecord;
import io.openbroker.core.evidence.InMemoryEvidenceStore;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The sdk-core part of the demo: money, identifiers, keys, the signed envelope with its refusals,
 * and the evidence chain catching an edit. Every step prints one line and checks its own result, so
 * the demo fails loudly (non-zero exit) if the SDK misbehaves.
 */
final class CoreTour {

  private final DemoOutput out;
  private final Effects effects;

  CoreTour(DemoOutput out, Effects effects) {
    this.out = out;
    this.effects = effects;
  }

  void run() {
    out.section("sdk-core");
    out.step(
        "crypto self-test",
        CryptoSelfTest.run(effects.random()).size() + " known-answer checks passed");
    money();
    identifiers();
    envelope();
    evidence();
  }

  private void money() {
    Money a = Money.parse("100.1");
    Money b = Money.parse("0.99");
    out.check(a.equals(Money.parse("100.10")), "100.1 and 100.10 are the same amount");
    out.step(
        "money",
        "100.1 + 0.99 = " + a.plus(b).toPlainString() + " CNY (" + a.plus(b).fen() + " fen)");
    out.step("money refuses 1.005", refusalCode(() -> Money.parse("1.005")));
  }

  private void identifiers() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", effects.clock());
    out.step("resident ID", id + ", born " + id.birthDate() + ", masked in every log line");
    out.step(
        "resident ID with one digit changed",
        refusalCode(() -> ResidentIdNumber.parse("11010519491231003X", effects.clock())));
    out.step("bank card", BankCardNumber.parse("6212827110199152").toString());
  }

  private void envelope() {
    AsymmetricKeyPair broker = AsymmetricKeyPair.generateSm2(effects.random());
    EnvelopeSigner signer =
        new EnvelopeSigner("broker-1", broker.privateKey().signer(effects.random()), effects);
    EnvelopeVerifier bank =
        EnvelopeVerifier.builder(KeyResolver.of(Map.of("broker-1", broker.publicKey().verifier())))
            .clock(effects.clock())
            .build();
    byte[] body = "{\"amount\":\"1000.00\",\"currency\":\"CNY\"}".getBytes(StandardCharsets.UTF_8);
    EnvelopeHeaders headers = signer.signRequest("POST", "/v1/transfers", body);
    HeaderLookup lookup = HeaderLookup.of(headers.asMap());

    EnvelopeVerdict first = bank.verifyRequest("POST", "/v1/transfers", lookup, body);
    out.check(first instanceof EnvelopeVerdict.Accepted, "a freshly signed request is accepted");
    out.step("SM2-signed request", "accepted (" + headers.algorithm() + ")");
    out.step(
        "the same request replayed",
        verdictCode(bank.verifyRequest("POST", "/v1/transfers", lookup, body)));
    byte[] tampered =
        "{\"amount\":\"9000.00\",\"currency\":\"CNY\"}".getBytes(StandardCharsets.UTF_8);
    EnvelopeHeaders fresh = signer.signRequest("POST", "/v1/transfers", body);
    out.step(
        "a signed request with its amount changed",
        verdictCode(
            bank.verifyRequest("POST", "/v1/transfers", HeaderLookup.of(fresh.asMap()), tampered)));
  }

  private void evidence() {
    AsymmetricKeyPair notary = AsymmetricKeyPair.generateSm2(effects.random());
    InMemoryEvidenceStore store = new InMemoryEvidenceStore();
    EvidenceLog log =
        EvidenceLog.builder(store, notary.privateKey().signer(effects.random()))
            .clock(effects.clock())
            .checkpointEvery(3)
            .build();
    byte[] photo = "head-front photo bytes".getBytes(StandardCharsets.UTF_8);
    log.append(
        "kyc.photo", Map.of("sm3", HexFormat.of().formatHex(Sm3Hash.of(photo)), "actor", "app"));
    log.append("kyc.face-match", Map.of("score", "0.93", "actor", "face-service"));
    log.append("kyc.callback", Map.of("result", "CONFIRMED", "actor", "staff-7"));
    log.checkpoint();
    ChainVerifier verifier = new ChainVerifier(notary.publicKey().verifier());
    out.check(
        verifier.verify(store) instanceof ChainVerification.Intact, "the untouched chain verifies");
    out.step(
        "evidence chain", store.size() + " records, SM3-linked, SM2-signed checkpoint: intact");

    List<EvidenceRecord> records = new ArrayList<>(store.read(0, store.size()));
    EvidenceRecord original = records.get(1);
    records.set(
        1,
        new EvidenceRecord(
            original.sequence(),
            original.timestamp(),
            original.type(),
            "{\"score\":\"0.99\"}".getBytes(StandardCharsets.UTF_8),
            original.previousHash(),
            original.hash()));
    ChainVerification edited = verifier.verify(new InMemoryEvidenceStore(records));
    out.check(edited instanceof ChainVerification.Broken, "an edited chain is caught");
    ChainVerification.Broken broken = (ChainVerification.Broken) edited;
    out.step(
        "evidence chain with record 1 edited", broken.kind() + " at record " + broken.sequence());
  }

  private String refusalCode(Runnable action) {
    try {
      action.run();
    } catch (OpenBrokerException e) {
      return "refused: " + e.code().code();
    }
    throw new IllegalStateException("expected a refusal");
  }

  private String verdictCode(EnvelopeVerdict verdict) {
    out.check(verdict instanceof EnvelopeVerdict.Refused, "expected a refusal");
    return "refused: " + ((EnvelopeVerdict.Refused) verdict).code().code();
  }
}
