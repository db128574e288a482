package io.openbroker.kyc;

import io.openbroker.kyc.spi.CallbackChannel;
import io.openbroker.kyc.spi.IdCheckMeans;
import io.openbroker.kyc.spi.ScreeningOutcome;
import io.openbroker.kyc.suitability.SuitabilityProfile;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an applied step established, kept on the {@link OnboardingApplication} in the order applied
 * (integration answers included, so that a resumed application never asks twice).
 */
public sealed interface Fact {

  /** The kind of step that established it. */
  StepKind kind();

  /** The document captured. */
  record IdCaptured(IdDocument document) implements Fact {
    public IdCaptured {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public StepKind kind() {
      return StepKind.CAPTURE_ID;
    }
  }

  /** The identity check and the AML screening result. */
  record IdentityVerified(IdCheckMeans means, ScreeningOutcome screening) implements Fact {
    public IdentityVerified {
      Objects.requireNonNull(means, "means");
      Objects.requireNonNull(screening, "screening");
    }

    @Override
    public StepKind kind() {
      return StepKind.VERIFY_IDENTITY;
    }
  }

  /** The liveness challenge passed. */
  record LivenessPassed(String challengeId, MediaDigest headPhoto) implements Fact {
    public LivenessPassed {
      Objects.requireNonNull(challengeId, "challengeId");
      Objects.requireNonNull(headPhoto, "headPhoto");
    }

    @Override
    public StepKind kind() {
      return StepKind.LIVENESS;
    }
  }

  /** The face matched with {@code score} at {@code threshold}. */
  record FaceMatched(double score, double threshold) implements Fact {
    @Override
    public StepKind kind() {
      return StepKind.FACE_MATCH;
    }
  }

  /** The two-way video witness. */
  record VideoWitnessed(StaffId witness) implements Fact {
    public VideoWitnessed {
      Objects.requireNonNull(witness, "witness");
    }

    @Override
    public StepKind kind() {
      return StepKind.VIDEO_WITNESS;
    }
  }

  /** The in-person witness. */
  record WitnessedInPerson(List<StaffId> staffOnSite, StaffId witness, boolean byLiveVideo)
      implements Fact {
    public WitnessedInPerson {
      staffOnSite = List.copyOf(staffOnSite);
      Objects.requireNonNull(witness, "witness");
    }

    @Override
    public StepKind kind() {
      return StepKind.IN_PERSON_WITNESS;
    }
  }

  /** The suitability profile. */
  record SuitabilityAssessed(SuitabilityProfile profile) implements Fact {
    public SuitabilityAssessed {
      Objects.requireNonNull(profile, "profile");
    }

    @Override
    public StepKind kind() {
      return StepKind.SUITABILITY;
    }
  }

  /** The agreements signed. */
  record AgreementsSigned(List<String> agreements) implements Fact {
    public AgreementsSigned {
      agreements = List.copyOf(agreements);
    }

    @Override
    public StepKind kind() {
      return StepKind.AGREEMENTS;
    }
  }

  /** The intent video. */
  record IntentRecorded(MediaDigest video) implements Fact {
    public IntentRecorded {
      Objects.requireNonNull(video, "video");
    }

    @Override
    public StepKind kind() {
      return StepKind.INTENT;
    }
  }

  /** Submitted for review. */
  record Submitted() implements Fact {
    @Override
    public StepKind kind() {
      return StepKind.SUBMIT;
    }
  }

  /** Audited and reviewed in full. */
  record Reviewed(StaffId auditor, StaffId reviewer, boolean amlCleared) implements Fact {
    public Reviewed {
      Objects.requireNonNull(auditor, "auditor");
      Objects.requireNonNull(reviewer, "reviewer");
    }

    @Override
    public StepKind kind() {
      return StepKind.REVIEW;
    }
  }

  /** Accounts issued, and whether the investor was notified (Art. 9). */
  record AccountOpened(AccountNumbers accounts, boolean notified) implements Fact {
    public AccountOpened {
      Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public StepKind kind() {
      return StepKind.OPEN_ACCOUNT;
    }
  }

  /** A notification sent again. */
  record Notified(boolean delivered) implements Fact {
    @Override
    public StepKind kind() {
      return StepKind.NOTIFY;
    }
  }

  /** A successful callback and its record. */
  record CallbackDone(CallbackChannel channel, MediaDigest recording) implements Fact {
    public CallbackDone {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(recording, "recording");
    }

    @Override
    public StepKind kind() {
      return StepKind.CALLBACK;
    }
  }

  /** The account became usable. */
  record Activated() implements Fact {
    @Override
    public StepKind kind() {
      return StepKind.ACTIVATE;
    }
  }

  /** Information changed. */
  record InformationChanged(Set<InfoField> fields, OpeningMethod via) implements Fact {
    public InformationChanged {
      fields = Set.copyOf(fields);
      Objects.requireNonNull(via, "via");
    }

    @Override
    public StepKind kind() {
      return StepKind.CHANGE_INFO;
    }
  }

  /** The account was closed. */
  record Closed(OpeningMethod via) implements Fact {
    public Closed {
      Objects.requireNonNull(via, "via");
    }

    @Override
    public StepKind kind() {
      return StepKind.CLOSE;
    }
  }

  /** The application was abandoned or expired. */
  record Ended(StepKind cause) implements Fact {
    public Ended {
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public StepKind kind() {
      return cause;
    }
  }
}
