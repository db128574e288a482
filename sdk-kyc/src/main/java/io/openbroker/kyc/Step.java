package io.openbroker.kyc;

import io.openbroker.kyc.spi.CallbackChannel;
import io.openbroker.kyc.spi.IdCheckMeans;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One event in an application's life, submitted to {@link OnboardingService#apply}. Every step has
 * an {@code eventId} chosen by the caller: applying the same event id twice changes nothing the
 * second time.
 *
 * <pre>{@code
 * service.apply(id, new Step.CaptureId("e-2", IdDocument.residentId(number, expiry), images));
 * }</pre>
 */
public sealed interface Step {

  /** The caller's id of this event, unique within the application. */
  String eventId();

  /** What kind of step this is. */
  StepKind kind();

  /** Opens an application: who, by which method, through which channel. */
  record Register(String eventId, OpeningMethod method, Applicant applicant, Channel channel)
      implements Step {
    public Register {
      check(eventId);
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(applicant, "applicant");
      Objects.requireNonNull(channel, "channel");
    }

    @Override
    public StepKind kind() {
      return StepKind.REGISTER;
    }
  }

  /** 采集身份证件影像: the document and its front/back images (Art. 17(1), 18(1)). */
  record CaptureId(String eventId, IdDocument document, Map<MediaKind, MediaDigest> images)
      implements Step {
    public CaptureId {
      check(eventId);
      Objects.requireNonNull(document, "document");
      images = Map.copyOf(images);
    }

    @Override
    public StepKind kind() {
      return StepKind.CAPTURE_ID;
    }
  }

  /** 核查身份信息: MPS (公安部) or an ID card reader (Art. 13, 17(2), 18(2)); also AML screening. */
  record VerifyIdentity(String eventId, IdCheckMeans means) implements Step {
    public VerifyIdentity {
      check(eventId);
      Objects.requireNonNull(means, "means");
    }

    @Override
    public StepKind kind() {
      return StepKind.VERIFY_IDENTITY;
    }
  }

  /**
   * 活体检测: the investor's answer to a random challenge (Art. 18(3)), with the auto-captured photo.
   */
  record PassLiveness(
      String eventId, String challengeId, List<String> performed, MediaDigest headPhoto)
      implements Step {
    public PassLiveness {
      check(eventId);
      Objects.requireNonNull(challengeId, "challengeId");
      performed = List.copyOf(performed);
      Objects.requireNonNull(headPhoto, "headPhoto");
    }

    @Override
    public StepKind kind() {
      return StepKind.LIVENESS;
    }
  }

  /** 单向视频比对影像: compares the liveness photo with the ID photo (Art. 18(4)). */
  record MatchFace(String eventId) implements Step {
    public MatchFace {
      check(eventId);
    }

    @Override
    public StepKind kind() {
      return StepKind.FACE_MATCH;
    }
  }

  /** 双向视频比对影像 (Art. 17(3)): the witness's findings in a live two-way video. */
  record WitnessByVideo(
      String eventId,
      StaffId witness,
      boolean witnessDisclosedIdentity,
      boolean faceMatchesDocument,
      MediaDigest video)
      implements Step {
    public WitnessByVideo {
      check(eventId);
      Objects.requireNonNull(witness, "witness");
      Objects.requireNonNull(video, "video");
    }

    @Override
    public StepKind kind() {
      return StepKind.VIDEO_WITNESS;
    }
  }

  /**
   * 见证 in person (Art. 10–14): the staff who met the investor, the witness (on site, or by live
   * video when {@code witnessByLiveVideo}), what they showed and disclosed, and the media kept.
   */
  record WitnessInPerson(
      String eventId,
      List<StaffId> staffOnSite,
      StaffId witness,
      boolean witnessByLiveVideo,
      boolean credentialsShown,
      boolean witnessDisclosedIdentity,
      Map<MediaKind, MediaDigest> media)
      implements Step {
    public WitnessInPerson {
      check(eventId);
      staffOnSite = List.copyOf(staffOnSite);
      if (staffOnSite.size() > 32) {
        throw new IllegalArgumentException("at most 32 staff on site");
      }
      Objects.requireNonNull(witness, "witness");
      media = Map.copyOf(media);
    }

    @Override
    public StepKind kind() {
      return StepKind.IN_PERSON_WITNESS;
    }
  }

  /** 适当性: answers to a questionnaire version, and whether professional status is claimed. */
  record AssessSuitability(
      String eventId, String questionnaireVersion, List<Integer> answers, boolean professional)
      implements Step {
    public AssessSuitability {
      check(eventId);
      Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
      answers = List.copyOf(answers);
    }

    @Override
    public StepKind kind() {
      return StepKind.SUITABILITY;
    }
  }

  /** The investor signs the account agreement and risk disclosure. */
  record SignAgreements(String eventId, List<String> agreements) implements Step {
    public SignAgreements {
      check(eventId);
      agreements = List.copyOf(agreements);
    }

    @Override
    public StepKind kind() {
      return StepKind.AGREEMENTS;
    }
  }

  /** 表达开户意愿: the intent video, by reference to the video store (Art. 17(4), 18(5)). */
  record RecordIntent(String eventId, String videoRef) implements Step {
    public RecordIntent {
      check(eventId);
      Objects.requireNonNull(videoRef, "videoRef");
    }

    @Override
    public StepKind kind() {
      return StepKind.INTENT;
    }
  }

  /** The investor submits the application for audit and review. */
  record SubmitForReview(String eventId) implements Step {
    public SubmitForReview {
      check(eventId);
    }

    @Override
    public StepKind kind() {
      return StepKind.SUBMIT;
    }
  }

  /**
   * 审核及复核 (Art. 17(5), 18(6)): the auditing witness and the reviewer, whether each went through
   * everything, whether they found an anomaly, and whether a screening hit was cleared by hand.
   */
  record Review(
      String eventId,
      StaffId auditor,
      StaffId reviewer,
      boolean fullAudit,
      boolean fullReview,
      boolean anomalyFound,
      boolean amlCleared)
      implements Step {
    public Review {
      check(eventId);
      Objects.requireNonNull(auditor, "auditor");
      Objects.requireNonNull(reviewer, "reviewer");
    }

    @Override
    public StepKind kind() {
      return StepKind.REVIEW;
    }
  }

  /** 回访 (Art. 8, 17(6), 18(7)) through the callback service. */
  record Callback(String eventId, CallbackChannel channel) implements Step {
    public Callback {
      check(eventId);
      Objects.requireNonNull(channel, "channel");
    }

    @Override
    public StepKind kind() {
      return StepKind.CALLBACK;
    }
  }

  /** Asks CSDC for the unified and sub-accounts, then notifies the investor (Art. 9, 26). */
  record OpenAccount(String eventId) implements Step {
    public OpenAccount {
      check(eventId);
    }

    @Override
    public StepKind kind() {
      return StepKind.OPEN_ACCOUNT;
    }
  }

  /** Allows use of the opened account (only after a successful callback, Art. 8). */
  record Activate(String eventId) implements Step {
    public Activate {
      check(eventId);
    }

    @Override
    public StepKind kind() {
      return StepKind.ACTIVATE;
    }
  }

  /** Sends the account-number notification again (Art. 9), e.g. after the notifier failed. */
  record Notify(String eventId) implements Step {
    public Notify {
      check(eventId);
    }

    @Override
    public StepKind kind() {
      return StepKind.NOTIFY;
    }
  }

  /** 证券账户信息变更 (Art. 20) via a method: online only for non-key fields. */
  record ChangeInformation(String eventId, Set<InfoField> fields, OpeningMethod via)
      implements Step {
    public ChangeInformation {
      check(eventId);
      fields = Set.copyOf(fields);
      Objects.requireNonNull(via, "via");
    }

    @Override
    public StepKind kind() {
      return StepKind.CHANGE_INFO;
    }
  }

  /** 销户 (Art. 22) via a method. */
  record CloseAccount(String eventId, OpeningMethod via) implements Step {
    public CloseAccount {
      check(eventId);
      Objects.requireNonNull(via, "via");
    }

    @Override
    public StepKind kind() {
      return StepKind.CLOSE;
    }
  }

  /** The investor gives up. */
  record Abandon(String eventId) implements Step {
    public Abandon {
      check(eventId);
    }

    @Override
    public StepKind kind() {
      return StepKind.ABANDON;
    }
  }

  /** The broker's deadline for finishing passed. */
  record Expire(String eventId) implements Step {
    public Expire {
      check(eventId);
    }

    @Override
    public StepKind kind() {
      return StepKind.EXPIRE;
    }
  }

  private static void check(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    if (eventId.isBlank() || eventId.length() > 64) {
      throw new IllegalArgumentException("eventId must be 1 to 64 characters");
    }
  }
}
