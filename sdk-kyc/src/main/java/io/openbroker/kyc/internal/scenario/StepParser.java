package io.openbroker.kyc.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.openbroker.kyc.Channel;
import io.openbroker.kyc.IdDocument;
import io.openbroker.kyc.IdType;
import io.openbroker.kyc.InfoField;
import io.openbroker.kyc.MediaKind;
import io.openbroker.kyc.OpeningMethod;
import io.openbroker.kyc.StaffId;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.scenario.ScenarioAction;
import io.openbroker.kyc.spi.CallbackChannel;
import io.openbroker.kyc.spi.IdCheckMeans;
import java.time.LocalDate;
import java.util.HashSet;

/** Reads one entry of a scenario's {@code steps} list. */
final class StepParser {

  private final String seed;
  private final OpeningMethod method;
  private final io.openbroker.kyc.Applicant applicant;

  StepParser(String seed, OpeningMethod method, io.openbroker.kyc.Applicant applicant) {
    this.seed = seed;
    this.method = method;
    this.applicant = applicant;
  }

  ScenarioAction parse(JsonFields f, int index) {
    String kind = f.text("step");
    String e = f.text("eventId", "e" + (index + 1));
    return switch (kind) {
      case "happyPath" ->
          new ScenarioAction.HappyPath(
              f.has("until") ? StepNames.kind(f.text("until"), f.path()) : StepKind.REGISTER);
      case "advanceDays" -> new ScenarioAction.AdvanceDays(f.integer("days", 0));
      case "liveness" ->
          new ScenarioAction.Liveness(
              e,
              f.enumValue(
                  "answer",
                  ScenarioAction.LivenessAnswer.class,
                  ScenarioAction.LivenessAnswer.CORRECT));
      default -> new ScenarioAction.Submit(step(kind, e, f));
    };
  }

  private Step step(String kind, String e, JsonFields f) {
    return switch (kind) {
      case "register" ->
          new Step.Register(
              e,
              f.enumValue("method", OpeningMethod.class, method),
              applicant,
              f.enumValue(
                  "channel", Channel.class, method.online() ? Channel.OWN_APP : Channel.ON_SITE));
      case "captureId" ->
          new Step.CaptureId(
              e,
              document(f),
              DefaultSteps.media(
                  seed,
                  f.has("images")
                      ? f.enums("images", MediaKind.class)
                      : java.util.List.of(MediaKind.ID_FRONT, MediaKind.ID_BACK)));
      case "verifyIdentity" ->
          new Step.VerifyIdentity(e, f.enumValue("means", IdCheckMeans.class, IdCheckMeans.MPS));
      case "matchFace" -> new Step.MatchFace(e);
      case "witnessByVideo" ->
          new Step.WitnessByVideo(
              e,
              staff(f, "witness", "W1"),
              f.bool("disclosed", true),
              f.bool("faceMatches", true),
              DefaultSteps.digest(seed, MediaKind.WITNESS_VIDEO));
      case "witnessInPerson" ->
          new Step.WitnessInPerson(
              e,
              f.has("staffOnSite")
                  ? f.list("staffOnSite", n -> new StaffId(n.asText()))
                  : java.util.List.of(new StaffId("O1"), new StaffId("W1")),
              staff(f, "witness", "W1"),
              f.bool("byLiveVideo", false),
              f.bool("credentialsShown", true),
              f.bool("disclosed", true),
              DefaultSteps.media(
                  seed,
                  f.has("media")
                      ? f.enums("media", MediaKind.class)
                      : java.util.List.of(MediaKind.HEAD_PHOTO, MediaKind.KEY_STEP_VIDEO)));
      case "suitability" ->
          new Step.AssessSuitability(
              e,
              f.text("version", "OB-2026-01"),
              f.has("answers")
                  ? f.list("answers", JsonNode::asInt)
                  : java.util.List.of(2, 2, 2, 2, 2, 2),
              f.bool("professional", false));
      case "agreements" ->
          new Step.SignAgreements(
              e,
              f.has("agreements")
                  ? f.texts("agreements")
                  : java.util.List.of("ACCOUNT_AGREEMENT", "RISK_DISCLOSURE"));
      case "intent" -> new Step.RecordIntent(e, f.text("video", "live:intent-" + seed));
      default -> later(kind, e, f);
    };
  }

  private Step later(String kind, String e, JsonFields f) {
    return switch (kind) {
      case "submit" -> new Step.SubmitForReview(e);
      case "review" ->
          new Step.Review(
              e,
              staff(f, "auditor", "W2"),
              staff(f, "reviewer", "R1"),
              f.bool("fullAudit", true),
              f.bool("fullReview", true),
              f.bool("anomaly", false),
              f.bool("amlCleared", false));
      case "openAccount" -> new Step.OpenAccount(e);
      case "callback" ->
          new Step.Callback(
              e, f.enumValue("channel", CallbackChannel.class, CallbackChannel.TELEPHONE));
      case "activate" -> new Step.Activate(e);
      case "notify" -> new Step.Notify(e);
      case "changeInfo" ->
          new Step.ChangeInformation(
              e,
              new HashSet<>(f.enums("fields", InfoField.class)),
              f.enumValue("via", OpeningMethod.class, method));
      case "close" -> new Step.CloseAccount(e, f.enumValue("via", OpeningMethod.class, method));
      case "abandon" -> new Step.Abandon(e);
      case "expire" -> new Step.Expire(e);
      default -> throw JsonFields.invalid(f.path() + ".step", "unknown step '" + kind + "'");
    };
  }

  private static StaffId staff(JsonFields f, String field, String fallback) {
    return new StaffId(f.text(field, fallback));
  }

  private static IdDocument document(JsonFields f) {
    IdType type = f.enumValue("idType", IdType.class, IdType.RESIDENT_ID);
    String number = f.text("idNumber", DefaultSteps.ADULT_ID);
    String expiry = f.text("expiresOn", "2035-01-01");
    LocalDate expiresOn =
        "LONG_TERM".equals(expiry) || "长期".equals(expiry)
            ? IdDocument.LONG_TERM
            : LocalDate.parse(expiry);
    try {
      return switch (type) {
        case RESIDENT_ID -> IdDocument.residentId(number, expiresOn);
        case RESIDENCE_PERMIT -> IdDocument.residencePermit(number, expiresOn);
        case OTHER ->
            new IdDocument(IdType.OTHER, number, LocalDate.parse(f.text("birthDate")), expiresOn);
      };
    } catch (IllegalArgumentException e) {
      throw JsonFields.invalid(f.path(), e.getMessage());
    }
  }
}
