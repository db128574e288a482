package io.openbroker.kyc;

/** The kind of a {@link Step}: what rules look at to decide whether they apply. */
public enum StepKind {
  REGISTER,
  CAPTURE_ID,
  VERIFY_IDENTITY,
  LIVENESS,
  FACE_MATCH,
  VIDEO_WITNESS,
  IN_PERSON_WITNESS,
  SUITABILITY,
  AGREEMENTS,
  INTENT,
  SUBMIT,
  REVIEW,
  OPEN_ACCOUNT,
  CALLBACK,
  ACTIVATE,
  NOTIFY,
  CHANGE_INFO,
  CLOSE,
  ABANDON,
  EXPIRE
}
