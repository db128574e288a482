package io.openbroker.kyc;

/**
 * Where an {@link OnboardingApplication} stands (SPEC §5.1). The path depends on the {@link
 * OpeningMethod} and the {@link CallbackOrder}; {@link #REJECTED}, {@link #ABANDONED}, {@link
 * #EXPIRED}, {@link #REROUTED} and {@link #CLOSED} are final.
 */
public enum ApplicationState {
  REGISTERED,
  ID_CAPTURED,
  IDENTITY_VERIFIED,
  LIVENESS_PASSED,
  FACE_MATCHED,
  VIDEO_WITNESSED,
  WITNESSED_IN_PERSON,
  SUITABILITY_ASSESSED,
  AGREEMENTS_SIGNED,
  INTENT_RECORDED,
  UNDER_REVIEW,
  APPROVED,
  ACCOUNT_OPENED,
  CALLBACK_DONE,
  ACTIVE,
  CLOSED,
  REJECTED,
  ABANDONED,
  EXPIRED,
  REROUTED;

  /** Whether no step moves the application any further. */
  public boolean isFinal() {
    return this == CLOSED
        || this == REJECTED
        || this == ABANDONED
        || this == EXPIRED
        || this == REROUTED;
  }
}
