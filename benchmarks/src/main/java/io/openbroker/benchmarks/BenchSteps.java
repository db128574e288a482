package io.openbroker.benchmarks;

import io.openbroker.kyc.IdDocument;
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
import java.util.List;
import java.util.Map;

/** The good step of each kind for {@link KycBenchmark}, built once per method. */
final class BenchSteps {

  private BenchSteps() {}

  private static MediaDigest digest(MediaKind kind) {
    return MediaDigest.of(kind.name().getBytes(StandardCharsets.UTF_8));
  }

  static Step of(StepKind kind, OpeningMethod method) {
    String e = kind.name();
    StaffId w1 = new StaffId("W1");
    return switch (kind) {
      case CAPTURE_ID ->
          new Step.CaptureId(
              e,
              IdDocument.residentId("11010519900307881X", LocalDate.of(2035, 1, 1)),
              Map.of(
                  MediaKind.ID_FRONT,
                  digest(MediaKind.ID_FRONT),
                  MediaKind.ID_BACK,
                  digest(MediaKind.ID_BACK)));
      case VERIFY_IDENTITY -> new Step.VerifyIdentity(e, IdCheckMeans.MPS);
      case FACE_MATCH -> new Step.MatchFace(e);
      case VIDEO_WITNESS ->
          new Step.WitnessByVideo(e, w1, true, true, digest(MediaKind.WITNESS_VIDEO));
      case IN_PERSON_WITNESS ->
          new Step.WitnessInPerson(
              e,
              List.of(new StaffId("O1"), w1),
              w1,
              false,
              true,
              true,
              Map.of(
                  MediaKind.HEAD_PHOTO,
                  digest(MediaKind.HEAD_PHOTO),
                  MediaKind.KEY_STEP_VIDEO,
                  digest(MediaKind.KEY_STEP_VIDEO)));
      case SUITABILITY ->
          new Step.AssessSuitability(e, "OB-2026-01", List.of(2, 2, 2, 2, 2, 2), false);
      case AGREEMENTS ->
          new Step.SignAgreements(e, List.of("ACCOUNT_AGREEMENT", "RISK_DISCLOSURE"));
      case INTENT -> new Step.RecordIntent(e, "live:intent");
      case SUBMIT -> new Step.SubmitForReview(e);
      case REVIEW ->
          new Step.Review(e, new StaffId("W2"), new StaffId("R1"), true, true, false, false);
      case OPEN_ACCOUNT -> new Step.OpenAccount(e);
      case CALLBACK -> new Step.Callback(e, CallbackChannel.TELEPHONE);
      case ACTIVATE -> new Step.Activate(e);
      default -> throw new IllegalArgumentException("not on a happy path: " + kind + " " + method);
    };
  }
}
