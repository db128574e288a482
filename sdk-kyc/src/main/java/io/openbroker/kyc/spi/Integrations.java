package io.openbroker.kyc.spi;

import java.util.Objects;

/**
 * Every integration onboarding calls, in one value. Use {@link
 * io.openbroker.kyc.sim.Simulations#integrations} for tests and trials.
 *
 * @param identity MPS identity check
 * @param screener AML watch-list screening
 * @param liveness liveness challenges
 * @param faceMatch face comparison
 * @param video the video store
 * @param staff the staff registry
 * @param callback the callback service
 * @param notifier the account-number notifier
 * @param issuer the CSDC account issuer
 */
public record Integrations(
    IdentityCheck identity,
    WatchListScreener screener,
    Liveness liveness,
    FaceMatch faceMatch,
    VideoCapture video,
    StaffRegistry staff,
    CallbackService callback,
    Notifier notifier,
    AccountIssuer issuer) {
  public Integrations {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(screener, "screener");
    Objects.requireNonNull(liveness, "liveness");
    Objects.requireNonNull(faceMatch, "faceMatch");
    Objects.requireNonNull(video, "video");
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(callback, "callback");
    Objects.requireNonNull(notifier, "notifier");
    Objects.requireNonNull(issuer, "issuer");
  }
}
