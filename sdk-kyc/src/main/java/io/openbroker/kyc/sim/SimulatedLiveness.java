package io.openbroker.kyc.sim;

import io.openbroker.core.IdGenerator;
import io.openbroker.core.RandomSource;
import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.spi.Liveness;
import io.openbroker.kyc.spi.LivenessChallenge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liveness with random instruction sets of three from {@link #INSTRUCTIONS}. Each challenge is
 * answered once; a new challenge replaces the old, so replaying an old challenge fails.
 */
public final class SimulatedLiveness implements Liveness {

  /** The instructions a challenge draws from. */
  public static final List<String> INSTRUCTIONS =
      List.of("BLINK", "NOD", "SHAKE_HEAD", "OPEN_MOUTH", "TURN_LEFT", "TURN_RIGHT");

  private final RandomSource random;
  private final IdGenerator ids;
  private final Map<ApplicationId, LivenessChallenge> outstanding = new ConcurrentHashMap<>();

  /** Draws instructions from {@code random} and challenge ids from {@code ids}. */
  public SimulatedLiveness(RandomSource random, IdGenerator ids) {
    this.random = random;
    this.ids = ids;
  }

  @Override
  public LivenessChallenge challenge(ApplicationId application) {
    List<String> pool = new ArrayList<>(INSTRUCTIONS);
    List<String> drawn = new ArrayList<>(3);
    for (int i = 0; i < 3; i++) {
      drawn.add(pool.remove(random.nextInt(pool.size())));
    }
    LivenessChallenge challenge = new LivenessChallenge(ids.nextId(), drawn);
    outstanding.put(application, challenge);
    return challenge;
  }

  @Override
  public boolean verify(ApplicationId application, String challengeId, List<String> performed) {
    LivenessChallenge challenge = outstanding.remove(application);
    return challenge != null
        && challenge.challengeId().equals(challengeId)
        && challenge.instructions().equals(performed);
  }
}
