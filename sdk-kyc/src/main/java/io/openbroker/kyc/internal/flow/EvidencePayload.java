package io.openbroker.kyc.internal.flow;

import io.openbroker.kyc.MediaDigest;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.Verdict;
import io.openbroker.kyc.Violation;
import io.openbroker.kyc.spi.FaceMatchResult;
import java.util.List;
import java.util.Map;

/**
 * The evidence record of one step in the compact binary form documented in docs/KYC.md ("Evidence
 * payload"): who (application, staff), what (event, state and version after, rules judged, and on a
 * refusal its outcome and the rules broken), the media digests as raw SM3 bytes and the
 * integrations' key answers. Every byte is SM3-hashed on every step, so nothing derivable is
 * written (the step kind is the record's type, the state before is the previous record's, a record
 * without a refusal section is an approval) and enums are one-byte codes (their declaration order).
 * No personal data: names, numbers and mobiles stay in the application store.
 */
final class EvidencePayload {

  static final int STEP_REFUSED = 1;
  static final int REJECTED = 2;
  static final int REROUTED = 3;

  static final int ON_SITE = 0;
  static final int WITNESS = 1;
  static final int AUDITOR = 2;
  static final int REVIEWER = 3;

  private static final MediaKind[] KINDS = MediaKind.values();

  private EvidencePayload() {}

  static byte[] of(
      OnboardingApplication before,
      OnboardingApplication after,
      Step step,
      Observation observation,
      Verdict verdict,
      RulesJudged judged,
      List<Violation> broken,
      Map<MediaKind, MediaDigest> media) {
    EvidenceBytes out = new EvidenceBytes();
    out.text(before.id().value())
        .text(step.eventId())
        .u8(after.state().ordinal())
        .u32(after.version())
        .raw(judged.fingerprint())
        .u8(judged.count());
    if (step instanceof Step.Register) {
      out.u8('M').u8(before.method().ordinal());
    }
    if (!(verdict instanceof Verdict.Approve)) {
      out.u8('R').u8(outcome(verdict)).u8(broken.size());
      for (Violation violation : broken) {
        out.text(violation.ruleId());
      }
    }
    staff(out, step);
    if (media.size() == 1) {
      Map.Entry<MediaKind, MediaDigest> only = media.entrySet().iterator().next();
      out.u8('D').u8(only.getKey().ordinal()).digest(only.getValue());
    } else if (!media.isEmpty()) {
      // In MediaKind order, so that the same step always gives the same bytes.
      for (MediaKind kind : KINDS) {
        MediaDigest digest = media.get(kind);
        if (digest != null) {
          out.u8('D').u8(kind.ordinal()).digest(digest);
        }
      }
    }
    detail(out, observation);
    return out.toBytes();
  }

  private static int outcome(Verdict verdict) {
    if (verdict instanceof Verdict.Reroute) {
      return REROUTED;
    }
    return ((Verdict.Reject) verdict).terminal() ? REJECTED : STEP_REFUSED;
  }

  private static void staff(EvidenceBytes out, Step step) {
    if (step instanceof Step.WitnessInPerson s) {
      out.u8('S').u8(s.staffOnSite().size() + 1);
      for (StaffId id : s.staffOnSite()) {
        out.u8(ON_SITE).text(id.value());
      }
      out.u8(WITNESS).text(s.witness().value());
    } else if (step instanceof Step.WitnessByVideo s) {
      out.u8('S').u8(1).u8(WITNESS).text(s.witness().value());
    } else if (step instanceof Step.Review s) {
      out.u8('S').u8(2).u8(AUDITOR).text(s.auditor().value());
      out.u8(REVIEWER).text(s.reviewer().value());
    }
  }

  private static void detail(EvidenceBytes out, Observation observation) {
    if (observation instanceof Observation.Face face) {
      if (face.result() instanceof FaceMatchResult.Scored s) {
        out.u8('F').i64(Double.doubleToLongBits(s.score()));
      } else {
        out.u8('f');
      }
    } else if (observation instanceof Observation.Suitability s) {
      out.u8('Q')
          .u8(s.profile().tolerance().ordinal())
          .u8(s.profile().investorClass().ordinal())
          .i32(s.profile().score())
          .text(s.profile().questionnaireVersion());
    } else if (observation instanceof Observation.Identity i) {
      out.u8('I').u8(i.verdict().ordinal()).u8(i.screening().ordinal());
    } else if (observation instanceof Observation.Issued issued) {
      out.u8('A').u8(issued.accounts().mark().ordinal()).u8(issued.notified() ? 1 : 0);
    } else if (observation instanceof Observation.Video v && v.inspection().isPresent()) {
      out.u8('V').u8(v.inspection().get().source().ordinal());
    }
  }
}
