package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.evidence.EvidenceRecord;
import io.openbroker.kyc.sim.SimulationScript;
import io.openbroker.kyc.spi.IdentityVerdict;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refusal section in the record of a refused step, per outcome. */
class EvidenceRefusalTest {

  private final ApplicationId id = ApplicationId.of("R-1");

  @Test
  void aRerouteEndsWithOutcome3AndTheBrokenRules() {
    StepOutcome refused = firstRefusal(SimulationScript.defaults().withFaceScore(0.1));

    assertThat(refused.verdict()).isInstanceOf(Verdict.Reroute.class);
    assertThat(lastPayload).containsSequence(section(3, ruleIds(refused)));
  }

  @Test
  void aTerminalRejectionEndsWithOutcome2AndTheBrokenRules() {
    StepOutcome refused =
        firstRefusal(SimulationScript.defaults().withIdentity(IdentityVerdict.MISMATCH));

    assertThat(refused.verdict())
        .isInstanceOfSatisfying(Verdict.Reject.class, r -> assertThat(r.terminal()).isTrue());
    assertThat(lastPayload).containsSequence(section(2, ruleIds(refused)));
  }

  private byte[] lastPayload;

  private StepOutcome firstRefusal(SimulationScript script) {
    KycFixture f = new KycFixture(script);
    StepOutcome outcome =
        f.apply(
            id,
            new Step.Register(
                f.event(), OpeningMethod.ONE_WAY_VIDEO, KycFixture.person(), Channel.OWN_APP));
    for (StepKind kind : OnboardingService.mandatorySteps(outcome.application())) {
      outcome = f.apply(id, f.goodStep(id, kind, OpeningMethod.ONE_WAY_VIDEO));
      if (!(outcome.verdict() instanceof Verdict.Approve)) {
        List<EvidenceRecord> all = f.evidenceStore.read(0, 1000);
        EvidenceRecord last = all.get(all.size() - 1);
        lastPayload = last.isCheckpoint() ? all.get(all.size() - 2).payload() : last.payload();
        return outcome;
      }
    }
    throw new AssertionError("no step was refused");
  }

  private static List<String> ruleIds(StepOutcome outcome) {
    Refusal refusal =
        outcome.verdict() instanceof Verdict.Reroute r
            ? r.refusal()
            : ((Verdict.Reject) outcome.verdict()).refusal();
    return refusal.ruleIds();
  }

  /** 'R', the outcome code, the count, then each rule id with a one-byte length. */
  private static byte[] section(int outcome, List<String> ruleIds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('R');
    out.write(outcome);
    out.write(ruleIds.size());
    for (String ruleId : ruleIds) {
      byte[] ascii = ruleId.getBytes(StandardCharsets.US_ASCII);
      out.write(ascii.length);
      out.writeBytes(ascii);
    }
    return out.toByteArray();
  }
}
