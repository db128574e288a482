package io.openbroker.core;

import io.openbroker.core.internal.SeededRandomSource;
import io.openbroker.core.internal.SystemRandomSource;
import java.security.SecureRandom;

/**
 * Randomness, injected. Production uses {@link #secure()}; tests and simulations use {@link
 * #seeded(long)} so that the same seed gives the same nonces, keys-for-tests and fault schedules.
 *
 * <pre>{@code
 * RandomSource random = RandomSource.seeded(42);
 * byte[] nonce = random.nextBytes(16);
 * }</pre>
 */
public interface RandomSource {

  /** Fills {@code bytes} with random bytes. */
  void nextBytes(byte[] bytes);

  /** A uniformly distributed int in {@code [0, bound)}. */
  int nextInt(int bound);

  /** A uniformly distributed double in {@code [0, 1)}, for probabilities (never for money). */
  double nextDouble();

  /**
   * This source as a {@link SecureRandom}, for crypto APIs that demand one (e.g. the SM2
   * signature's per-message k). For a seeded source it is deterministic: only for tests.
   */
  SecureRandom asSecureRandom();

  /** Returns {@code n} fresh random bytes. */
  default byte[] nextBytes(int n) {
    byte[] bytes = new byte[n];
    nextBytes(bytes);
    return bytes;
  }

  /** The production default: the platform's strong {@link SecureRandom}. */
  static RandomSource secure() {
    return SystemRandomSource.INSTANCE;
  }

  /** A deterministic source for tests and simulations: the same seed gives the same sequence. */
  static RandomSource seeded(long seed) {
    return new SeededRandomSource(seed);
  }
}
