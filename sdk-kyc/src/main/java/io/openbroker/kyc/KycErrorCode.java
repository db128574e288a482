package io.openbroker.kyc;

import io.openbroker.core.ErrorCode;

/**
 * The stable error codes of sdk-kyc. Refusals by CSDC rules are not errors: see {@link Refusal}.
 */
public enum KycErrorCode implements ErrorCode {
  /** No application with that id. */
  APPLICATION_NOT_FOUND,
  /** An application with that id already exists (registered with a different event). */
  APPLICATION_EXISTS,
  /** Someone else changed the application since it was read: read again and retry. */
  APPLICATION_VERSION_CONFLICT,
  /** A step's input is malformed (e.g. an answer outside the questionnaire). */
  STEP_INPUT_INVALID,
  /** A scenario file is malformed. */
  SCENARIO_INVALID,
  /** A stored application cannot be written or read back (a defect or a corrupted row). */
  APPLICATION_UNREADABLE,
  /** A simulated or real integration failed to answer: retry the same step (same event id). */
  INTEGRATION_UNAVAILABLE;

  @Override
  public String code() {
    return "KYC_" + name();
  }
}
