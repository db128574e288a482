package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.TransientException;
import io.openbroker.core.evidence.ChainVerification;
import io.openbroker.core.evidence.ChainVerifier;
import io.openbroker.core.evidence.EvidenceRecord;
import io.openbroker.kyc.sim.SimulatedLiveness;
import io.openbroker.kyc.sim.SimulationScript;
import io.openbroker.kyc.spi.IdentityVerdict;
import io.openbroker.kyc.spi.LivenessChallenge;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnboardingServiceTest {

  private final ApplicationId id = ApplicationId.of("A-1");

  @Test
  void aStepForAnUnknownApplicationIsInvalidInput() {
    KycFixture f = new KycFixture();
    assertThatThrownBy(() -> f.apply(id, new Step.Abandon("e")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("KYC_APPLICATION_NOT_FOUND");
  }

  @Test
  void registeringTheSameIdWithAnotherEventIsRefused() {
    KycFixture f = new KycFixture();
    Step.Register register =
        new Step.Register("e1", OpeningMethod.WITNESS, KycFixture.person(), Channel.ON_SITE);
    f.apply(id, register);
    assertThat(f.apply(id, register).duplicate()).isTrue();
    assertThatThrownBy(
            () ->
                f.apply(
                    id,
                    new Step.Register(
                        "e2", OpeningMethod.WITNESS, KycFixture.person(), Channel.ON_SITE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("KYC_APPLICATION_EXISTS");
  }

  @Test
  void anUnavailableIdentityCheckIsTransientAndChangesNothing() {
    KycFixture f =
        new KycFixture(SimulationScript.defaults().withIdentity(IdentityVerdict.UNAVAILABLE));
    f.apply(
        id,
        new Step.Register(
            "reg", OpeningMethod.ONE_WAY_VIDEO, KycFixture.person(), Channel.OWN_APP));
    f.apply(id, f.goodStep(id, StepKind.CAPTURE_ID, OpeningMethod.ONE_WAY_VIDEO));
    OnboardingApplication before = f.service.find(id).orElseThrow();
    int evidence = f.evidenceStore.size();

    assertThatThrownBy(
            () ->
                f.apply(
                    id, new Step.VerifyIdentity("verify", io.openbroker.kyc.spi.IdCheckMeans.MPS)))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("KYC_INTEGRATION_UNAVAILABLE");
    assertThat(f.service.find(id)).contains(before);
    assertThat(f.evidenceStore.size()).isEqualTo(evidence);
  }

  @Test
  void aStaleWriterGetsAVersionConflict() {
    InMemoryApplicationStore store = new InMemoryApplicationStore();
    KycFixture f = new KycFixture(SimulationScript.defaults(), BrokerPolicy.defaults(), store);
    OnboardingApplication v1 =
        f.apply(
                id,
                new Step.Register(
                    "e1", OpeningMethod.WITNESS, KycFixture.person(), Channel.ON_SITE))
            .application();
    store.update(v1.next(ApplicationState.ABANDONED, null, Map.of(), "other"));

    assertThatThrownBy(() -> store.update(v1.next(ApplicationState.EXPIRED, null, Map.of(), "x")))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("KYC_APPLICATION_VERSION_CONFLICT");
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(ApplicationState.ABANDONED);
  }

  @Test
  void everyStepLeavesEvidenceWithDigestsRuleOutcomesAndNoPersonalData() {
    KycFixture f = new KycFixture();
    List<StepOutcome> outcomes = f.walk(id, OpeningMethod.ONE_WAY_VIDEO);
    f.apply(
        id,
        new Step.ChangeInformation(
            "bad", java.util.Set.of(InfoField.NAME), OpeningMethod.ONE_WAY_VIDEO));
    f.evidence.checkpoint();

    List<EvidenceRecord> records =
        f.evidenceStore.read(0, 1000).stream().filter(r -> !r.isCheckpoint()).toList();
    assertThat(records).hasSize(outcomes.size() + 1);
    String all = String.join("\n", records.stream().map(EvidenceRecord::payloadText).toList());
    assertThat(all)
        .doesNotContain(KycFixture.ADULT_ID)
        .doesNotContain("13800138000")
        .doesNotContain("张三");
    byte[] fingerprint = java.util.HexFormat.of().parseHex(f.service.rules().fingerprint());
    // The documented payload, written out by hand: app id, event id, state after (ID_CAPTURED =
    // 1), version, rule book fingerprint, rules judged; no refusal section (an approval); then one
    // media section 'D' per digest: kind (ID_FRONT = 0, ID_BACK = 1) and 32 raw SM3 bytes.
    ByteBuffer capture = ByteBuffer.allocate(200);
    capture.put(text("A-1")).put(text("e2")).put((byte) 1).putInt(2);
    capture.put(fingerprint).put((byte) judged(f, StepKind.CAPTURE_ID));
    capture.put((byte) 'D').put((byte) 0).put(sm3Of(MediaKind.ID_FRONT));
    capture.put((byte) 'D').put((byte) 1).put(sm3Of(MediaKind.ID_BACK));
    assertThat(records.get(1).type()).isEqualTo("kyc.capture_id");
    assertThat(records.get(1).payload()).isEqualTo(used(capture));

    // The refused change: the application unchanged (ACTIVE = 14, same version), then the refusal
    // section 'R': outcome 1 (step refused), one broken rule, its id.
    OnboardingApplication active = outcomes.get(outcomes.size() - 1).application();
    ByteBuffer refused = ByteBuffer.allocate(200);
    refused.put(text("A-1")).put(text("bad")).put((byte) 14);
    refused.putInt((int) active.version()).put(fingerprint);
    refused.put((byte) judged(f, StepKind.CHANGE_INFO));
    refused.put((byte) 'R').put((byte) 1).put((byte) 1).put(text("CSDC-ART-20-KEY-INFO"));
    assertThat(records.get(records.size() - 1).payload()).isEqualTo(used(refused));

    // Sections at the end of their records: face score 'F' (IEEE-754 bits of 0.95), suitability
    // 'Q' (C3 = 2, ORDINARY = 1, score 12, questionnaire version), accounts 'A' (mark ONE_WAY_VIDEO
    // = 2, notified = 1).
    assertThat(records.get(4).payload())
        .endsWith(used(ByteBuffer.allocate(9).put((byte) 'F').putDouble(0.95)));
    assertThat(records.get(5).payload())
        .endsWith(
            used(
                ByteBuffer.allocate(30)
                    .put((byte) 'Q')
                    .put((byte) 2)
                    .put((byte) 1)
                    .putInt(12)
                    .put(text("OB-2026-01"))));
    assertThat(records.get(10).type()).isEqualTo("kyc.open_account");
    assertThat(records.get(10).payload()).endsWith((byte) 'A', (byte) 2, (byte) 1);
    assertThat(new ChainVerifier(KycFixture.verifier()).verify(f.evidenceStore))
        .isInstanceOf(ChainVerification.Intact.class);
  }

  private static byte[] text(String ascii) {
    byte[] bytes = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(bytes.length + 1).put((byte) bytes.length).put(bytes).array();
  }

  private static byte[] sm3Of(MediaKind kind) {
    return io.openbroker.core.crypto.Sm3Hash.of(
        kind.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static int judged(KycFixture f, StepKind kind) {
    return f.service.rules().ruleIds(OpeningMethod.ONE_WAY_VIDEO, kind).size();
  }

  private static byte[] used(ByteBuffer buffer) {
    return java.util.Arrays.copyOf(buffer.array(), buffer.position());
  }

  @Test
  void evidenceCodesAreTheDocumentedOnes() {
    // The payload writes these enums as their declaration order (docs/KYC.md): reordering one
    // would change the meaning of every recorded chain.
    assertThat(ApplicationState.values())
        .extracting(Enum::name)
        .containsExactly(
            "REGISTERED",
            "ID_CAPTURED",
            "IDENTITY_VERIFIED",
            "LIVENESS_PASSED",
            "FACE_MATCHED",
            "VIDEO_WITNESSED",
            "WITNESSED_IN_PERSON",
            "SUITABILITY_ASSESSED",
            "AGREEMENTS_SIGNED",
            "INTENT_RECORDED",
            "UNDER_REVIEW",
            "APPROVED",
            "ACCOUNT_OPENED",
            "CALLBACK_DONE",
            "ACTIVE",
            "CLOSED",
            "REJECTED",
            "ABANDONED",
            "EXPIRED",
            "REROUTED");
    assertThat(MediaKind.values())
        .extracting(Enum::name)
        .containsExactly(
            "ID_FRONT",
            "ID_BACK",
            "HEAD_PHOTO",
            "KEY_STEP_VIDEO",
            "WITNESS_VIDEO",
            "INTENT_VIDEO",
            "AUTHORISATION_LETTER",
            "LEGAL_REPRESENTATIVE_PROOF",
            "CALLBACK_RECORDING");
    assertThat(OpeningMethod.values())
        .extracting(Enum::name)
        .containsExactly("WITNESS", "TWO_WAY_VIDEO", "ONE_WAY_VIDEO");
    assertThat(io.openbroker.kyc.spi.IdentityVerdict.values())
        .extracting(Enum::name)
        .containsExactly("VERIFIED", "MISMATCH", "UNAVAILABLE");
    assertThat(io.openbroker.kyc.spi.ScreeningOutcome.values())
        .extracting(Enum::name)
        .containsExactly("CLEAR", "POTENTIAL_MATCH", "CONFIRMED_MATCH");
    assertThat(io.openbroker.kyc.suitability.RiskTolerance.values())
        .extracting(Enum::name)
        .containsExactly("C1", "C2", "C3", "C4", "C5");
    assertThat(io.openbroker.kyc.suitability.InvestorClass.values())
        .extracting(Enum::name)
        .containsExactly("PROFESSIONAL", "ORDINARY");
    assertThat(io.openbroker.kyc.spi.VideoSource.values())
        .extracting(Enum::name)
        .containsExactly("LIVE_CAPTURE", "LOCAL_UPLOAD");
  }

  @Test
  void livenessChallengesAreRandomAndUsableOnce() {
    SimulatedLiveness liveness =
        new SimulatedLiveness(
            io.openbroker.core.RandomSource.seeded(5),
            io.openbroker.core.IdGenerator.sequential("c"));
    LivenessChallenge first = liveness.challenge(id);
    LivenessChallenge second = liveness.challenge(id);
    assertThat(first.instructions()).hasSize(3).doesNotHaveDuplicates();
    assertThat(liveness.verify(id, first.challengeId(), first.instructions())).isFalse();
    LivenessChallenge third = liveness.challenge(id);
    assertThat(liveness.verify(id, third.challengeId(), third.instructions())).isTrue();
    assertThat(liveness.verify(id, third.challengeId(), third.instructions())).isFalse();
    assertThat(second.challengeId()).isNotEqualTo(first.challengeId());
  }
}
