package io.openbroker.kyc.internal.flow;

import io.openbroker.core.TransientException;
import io.openbroker.kyc.AccountNumbers;
import io.openbroker.kyc.BrokerPolicy;
import io.openbroker.kyc.Fact;
import io.openbroker.kyc.IdDocument;
import io.openbroker.kyc.KycErrorCode;
import io.openbroker.kyc.Observation;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.spi.IdentityVerdict;
import io.openbroker.kyc.spi.Integrations;
import io.openbroker.kyc.spi.ScreeningOutcome;
import io.openbroker.kyc.spi.StaffMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the integrations what a step needs to be judged, and nothing else. Called only for a step
 * that may happen now, so no integration is ever asked out of order.
 */
public final class StepObserver {

  private final Integrations integrations;
  private final BrokerPolicy policy;

  public StepObserver(Integrations integrations, BrokerPolicy policy) {
    this.integrations = integrations;
    this.policy = policy;
  }

  /** The integrations' answers for {@code step} on {@code application}. */
  public Observation observe(OnboardingApplication application, Step step) {
    if (step instanceof Step.VerifyIdentity verify) {
      return identity(application, verify);
    }
    if (step instanceof Step.PassLiveness liveness) {
      return new Observation.Liveness(
          integrations
              .liveness()
              .verify(application.id(), liveness.challengeId(), liveness.performed()));
    }
    if (step instanceof Step.MatchFace) {
      return face(application);
    }
    if (step instanceof Step.WitnessByVideo video) {
      return staff(List.of(video.witness()));
    }
    if (step instanceof Step.WitnessInPerson witness) {
      List<StaffId> ids = new ArrayList<>(witness.staffOnSite());
      ids.add(witness.witness());
      return staff(ids);
    }
    if (step instanceof Step.AssessSuitability s) {
      return new Observation.Suitability(
          policy.questionnaire().score(s.answers(), s.professional()));
    }
    if (step instanceof Step.RecordIntent intent) {
      return new Observation.Video(integrations.video().inspect(intent.videoRef()));
    }
    if (step instanceof Step.Review review) {
      return staff(List.of(review.auditor(), review.reviewer()));
    }
    if (step instanceof Step.Callback callback) {
      return new Observation.Callback(
          integrations
              .callback()
              .call(application.id(), application.applicant(), callback.channel()));
    }
    if (step instanceof Step.OpenAccount) {
      return issue(application);
    }
    if (step instanceof Step.Notify) {
      AccountNumbers accounts = application.accounts().orElseThrow();
      return new Observation.Notification(
          integrations
              .notifier()
              .notifyAccounts(application.id(), application.applicant(), accounts));
    }
    return new Observation.Nothing();
  }

  private Observation identity(OnboardingApplication application, Step.VerifyIdentity verify) {
    IdDocument document = application.document().orElseThrow();
    IdentityVerdict verdict =
        integrations
            .identity()
            .verify(application.applicant().personName(), document, verify.means());
    if (verdict == IdentityVerdict.UNAVAILABLE) {
      throw new TransientException(
          KycErrorCode.INTEGRATION_UNAVAILABLE, "identity check unavailable: retry the step");
    }
    ScreeningOutcome screening =
        integrations.screener().screen(application.applicant().personName(), document);
    return new Observation.Identity(verdict, screening);
  }

  private Observation face(OnboardingApplication application) {
    IdDocument document = application.document().orElseThrow();
    Fact.LivenessPassed photo = application.fact(Fact.LivenessPassed.class).orElseThrow();
    return new Observation.Face(integrations.faceMatch().compare(document, photo.headPhoto()));
  }

  private Observation staff(List<StaffId> ids) {
    Map<StaffId, StaffMember> members = new HashMap<>();
    for (StaffId id : ids) {
      integrations.staff().find(id).ifPresent(m -> members.put(id, m));
    }
    return new Observation.Staff(members);
  }

  private Observation issue(OnboardingApplication application) {
    AccountNumbers accounts =
        integrations
            .issuer()
            .issue(application.id(), application.document().orElseThrow(), application.method());
    boolean notified =
        integrations.notifier().notifyAccounts(application.id(), application.applicant(), accounts);
    return new Observation.Issued(accounts, notified);
  }
}
