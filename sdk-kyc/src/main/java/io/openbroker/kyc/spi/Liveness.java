package io.openbroker.kyc.spi;

import io.openbroker.kyc.ApplicationId;
import java.util.List;

/**
 * 活体检测 — issues random instruction sets and checks the investor's live performance. A challenge is
 * answered once: an old or replayed challenge fails.
 */
public interface Liveness {

  /** A fresh challenge for {@code application}, replacing any earlier one. */
  LivenessChallenge challenge(ApplicationId application);

  /**
   * Whether {@code performed} answers the application's outstanding challenge {@code challengeId};
   * the challenge is used up either way.
   */
  boolean verify(ApplicationId application, String challengeId, List<String> performed);
}
