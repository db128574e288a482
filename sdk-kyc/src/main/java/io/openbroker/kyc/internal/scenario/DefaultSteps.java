package io.openbroker.kyc.internal.scenario;

import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.IdDocument;
import io.openbroker.kyc.InfoField;
import io.openbroker.kyc.MediaDigest;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.spi.CallbackChannel;
import io.openbroker.kyc.spi.IdCheckMeans;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The good default step of each kind: what passes every rule under the default simulations (staff
 * {@code W1}/{@code W2} witnesses, {@code R1} reviewer, {@code O1} operator). Liveness is not here:
 * its answer depends on the challenge.
 */
public final class DefaultSteps {

  /** An adult's resident ID (born 1990-03-07), valid until 2035. */
  public static final String ADULT_ID = "11010519900307881X";

  private static final StaffId W1 = new StaffId("W1");
  private static final StaffId W2 = new StaffId("W2");
  private static final StaffId R1 = new StaffId("R1");
  private static final StaffId O1 = new StaffId("O1");

  private DefaultSteps() {}

  /** The digest standing for {@code kind}'s media in scenario {@code seed}. */
  public static MediaDigest digest(String seed, MediaKind kind) {
    return MediaDigest.of((seed + ":" + kind).getBytes(StandardCharsets.UTF_8));
  }

  /** Digests for {@code kinds}. */
  public static Map<MediaKind, MediaDigest> media(String seed, List<MediaKind> kinds) {
    Map<MediaKind, MediaDigest> media = new EnumMap<>(MediaKind.class);
    for (MediaKind kind : kinds) {
      media.put(kind, digest(seed, kind));
    }
    return media;
  }

  /** The good step of {@code kind} (not liveness or registration) for application {@code id}. */
  public static Step of(StepKind kind, String eventId, ApplicationId id, OpeningMethod method) {
    String seed = id.value();
    return switch (kind) {
      case CAPTURE_ID ->
          new Step.CaptureId(
              eventId,
              IdDocument.residentId(ADULT_ID, LocalDate.of(2035, 1, 1)),
              media(seed, List.of(MediaKind.ID_FRONT, MediaKind.ID_BACK)));
      case VERIFY_IDENTITY -> new Step.VerifyIdentity(eventId, IdCheckMeans.MPS);
      case FACE_MATCH -> new Step.MatchFace(eventId);
      case VIDEO_WITNESS ->
          new Step.WitnessByVideo(eventId, W1, true, true, digest(seed, MediaKind.WITNESS_VIDEO));
      case IN_PERSON_WITNESS ->
          new Step.WitnessInPerson(
              eventId,
              List.of(O1, W1),
              W1,
              false,
              true,
              true,
              media(seed, List.of(MediaKind.HEAD_PHOTO, MediaKind.KEY_STEP_VIDEO)));
      case SUITABILITY ->
          new Step.AssessSuitability(eventId, "OB-2026-01", List.of(2, 2, 2, 2, 2, 2), false);
      case AGREEMENTS ->
          new Step.SignAgreements(eventId, List.of("ACCOUNT_AGREEMENT", "RISK_DISCLOSURE"));
      case INTENT -> new Step.RecordIntent(eventId, "live:intent-" + seed);
      case SUBMIT -> new Step.SubmitForReview(eventId);
      case REVIEW -> new Step.Review(eventId, W2, R1, true, true, false, false);
      case OPEN_ACCOUNT -> new Step.OpenAccount(eventId);
      case CALLBACK -> new Step.Callback(eventId, CallbackChannel.TELEPHONE);
      case ACTIVATE -> new Step.Activate(eventId);
      case NOTIFY -> new Step.Notify(eventId);
      case CHANGE_INFO -> new Step.ChangeInformation(eventId, Set.of(InfoField.ADDRESS), method);
      case CLOSE -> new Step.CloseAccount(eventId, method);
      case ABANDON -> new Step.Abandon(eventId);
      case EXPIRE -> new Step.Expire(eventId);
      case REGISTER, LIVENESS -> throw new IllegalArgumentException("no default " + kind);
    };
  }
}
