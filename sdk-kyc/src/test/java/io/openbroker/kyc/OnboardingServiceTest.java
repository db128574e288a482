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
    assertThat(records.get(1).type()).isEqualTo("kyc.capture_id");
    assertThat(records.get(1).payloadText())
        .contains(
            "\"ID_FRONT\":\"" + KycFixture.media(MediaKind.ID_FRONT).get(MediaKind.ID_FRONT).hex())
        .contains(
            "\"rules\":\""
                + f.service
                    .rules()
                    .judgedReference(OpeningMethod.ONE_WAY_VIDEO, StepKind.CAPTURE_ID))
        .doesNotContain("\"broken\"")
        .doesNotContain("\"verdict\"");
    assertThat(records.get(records.size() - 1).payloadText())
        .contains("\"broken\":[\"CSDC-ART-20-KEY-INFO\"]")
        .contains("\"verdict\":\"REFUSE_STEP\"");
    assertThat(all)
        .contains("\"face\":\"score:0.95\"")
        .contains("questionnaire:OB-2026-01")
        .contains("\"mark\":\"ONE_WAY_VIDEO\"");
    assertThat(new ChainVerifier(KycFixture.verifier()).verify(f.evidenceStore))
        .isInstanceOf(ChainVerification.Intact.class);
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
