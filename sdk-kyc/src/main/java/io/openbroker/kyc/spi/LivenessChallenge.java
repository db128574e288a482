package io.openbroker.kyc.spi;

import java.util.List;
import java.util.Objects;

/**
 * A random set of instructions the investor must perform live (Art. 18(3)).
 *
 * @param challengeId the id to answer with; valid once
 * @param instructions e.g. {@code BLINK}, {@code NOD}, {@code TURN_LEFT}
 */
public record LivenessChallenge(String challengeId, List<String> instructions) {
  public LivenessChallenge {
    Objects.requireNonNull(challengeId, "challengeId");
    instructions = List.copyOf(instructions);
  }
}
