package io.openbroker.kyc.internal.scenario;

import io.openbroker.kyc.StepKind;
import java.util.Map;

/** The scenario file's step names and the step kinds they stand for. */
final class StepNames {

  static final Map<String, StepKind> NAMES =
      Map.ofEntries(
          Map.entry("register", StepKind.REGISTER),
          Map.entry("captureId", StepKind.CAPTURE_ID),
          Map.entry("verifyIdentity", StepKind.VERIFY_IDENTITY),
          Map.entry("liveness", StepKind.LIVENESS),
          Map.entry("matchFace", StepKind.FACE_MATCH),
          Map.entry("witnessByVideo", StepKind.VIDEO_WITNESS),
          Map.entry("witnessInPerson", StepKind.IN_PERSON_WITNESS),
          Map.entry("suitability", StepKind.SUITABILITY),
          Map.entry("agreements", StepKind.AGREEMENTS),
          Map.entry("intent", StepKind.INTENT),
          Map.entry("submit", StepKind.SUBMIT),
          Map.entry("review", StepKind.REVIEW),
          Map.entry("openAccount", StepKind.OPEN_ACCOUNT),
          Map.entry("callback", StepKind.CALLBACK),
          Map.entry("activate", StepKind.ACTIVATE));

  private StepNames() {}

  static StepKind kind(String name, String path) {
    StepKind kind = NAMES.get(name);
    if (kind == null) {
      throw JsonFields.invalid(path + ".until", "unknown step '" + name + "'");
    }
    return kind;
  }
}
