package io.openbroker.kyc.spi;

import io.openbroker.kyc.Applicant;
import io.openbroker.kyc.ApplicationId;

/** 回访 — calls the investor back to confirm identity and will, and keeps the record. */
public interface CallbackService {

  /** Calls {@code applicant} about {@code application} over {@code channel}. */
  CallbackResult call(ApplicationId application, Applicant applicant, CallbackChannel channel);
}
