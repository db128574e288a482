package io.openbroker.kyc.internal.flow;

import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.Fact;
import io.openbroker.kyc.MediaDigest;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.Step;
import java.util.Map;

/** The application after an approved step: its new state, the fact it established, its media. */
public final class Transition {

  private Transition() {}

  /** Applies an approved {@code step} with its {@code observation} to {@code application}. */
  public static OnboardingApplication apply(
      OnboardingApplication application, Step step, Observation observation, double threshold) {
    ApplicationState after = MethodPath.stateAfter(step.kind());
    ApplicationState state = after == null ? application.state() : after;
    return application.next(
        state, fact(step, observation, threshold), media(step, observation), step.eventId());
  }

  /** The application after a terminal refusal or reroute: only the state and the event change. */
  public static OnboardingApplication end(
      OnboardingApplication application, Step step, ApplicationState state) {
    return application.next(state, null, Map.of(), step.eventId());
  }

  private static Fact fact(Step step, Observation observation, double threshold) {
    if (step instanceof Step.CaptureId s) {
      return new Fact.IdCaptured(s.document());
    }
    if (step instanceof Step.VerifyIdentity s && observation instanceof Observation.Identity o) {
      return new Fact.IdentityVerified(s.means(), o.screening());
    }
    if (step instanceof Step.PassLiveness s) {
      return new Fact.LivenessPassed(s.challengeId(), s.headPhoto());
    }
    if (step instanceof Step.MatchFace && observation instanceof Observation.Face o) {
      // Only a scored match reaches here under the CSDC book (CSDC-ART-18-4 reroutes the rest);
      // a custom book without that rule records NaN rather than failing.
      double score =
          o.result() instanceof io.openbroker.kyc.spi.FaceMatchResult.Scored scored
              ? scored.score()
              : Double.NaN;
      return new Fact.FaceMatched(score, threshold);
    }
    if (step instanceof Step.WitnessByVideo s) {
      return new Fact.VideoWitnessed(s.witness());
    }
    if (step instanceof Step.WitnessInPerson s) {
      return new Fact.WitnessedInPerson(s.staffOnSite(), s.witness(), s.witnessByLiveVideo());
    }
    if (observation instanceof Observation.Suitability o) {
      return new Fact.SuitabilityAssessed(o.profile());
    }
    if (step instanceof Step.SignAgreements s) {
      return new Fact.AgreementsSigned(s.agreements());
    }
    if (observation instanceof Observation.Video o) {
      return new Fact.IntentRecorded(o.inspection().orElseThrow().digest());
    }
    return later(step, observation);
  }

  private static Fact later(Step step, Observation observation) {
    if (step instanceof Step.SubmitForReview) {
      return new Fact.Submitted();
    }
    if (step instanceof Step.Review s) {
      return new Fact.Reviewed(s.auditor(), s.reviewer(), s.amlCleared());
    }
    if (observation instanceof Observation.Issued o) {
      return new Fact.AccountOpened(o.accounts(), o.notified());
    }
    if (observation instanceof Observation.Notification o) {
      return new Fact.Notified(o.delivered());
    }
    if (step instanceof Step.Callback s && observation instanceof Observation.Callback o) {
      return new Fact.CallbackDone(s.channel(), o.result().recording());
    }
    if (step instanceof Step.Activate) {
      return new Fact.Activated();
    }
    if (step instanceof Step.ChangeInformation s) {
      return new Fact.InformationChanged(s.fields(), s.via());
    }
    if (step instanceof Step.CloseAccount s) {
      return new Fact.Closed(s.via());
    }
    if (step instanceof Step.Abandon || step instanceof Step.Expire) {
      return new Fact.Ended(step.kind());
    }
    throw new AssertionError("no fact for " + step.kind());
  }

  /** The media digests {@code step} brings (also recorded for a refused step). */
  static Map<MediaKind, MediaDigest> media(Step step, Observation observation) {
    if (step instanceof Step.CaptureId s) {
      return s.images();
    }
    if (step instanceof Step.PassLiveness s) {
      return Map.of(MediaKind.HEAD_PHOTO, s.headPhoto());
    }
    if (step instanceof Step.WitnessByVideo s) {
      return Map.of(MediaKind.WITNESS_VIDEO, s.video());
    }
    if (step instanceof Step.WitnessInPerson s) {
      return s.media();
    }
    if (observation instanceof Observation.Video o && o.inspection().isPresent()) {
      return Map.of(MediaKind.INTENT_VIDEO, o.inspection().get().digest());
    }
    if (observation instanceof Observation.Callback o) {
      return Map.of(MediaKind.CALLBACK_RECORDING, o.result().recording());
    }
    return Map.of();
  }
}
