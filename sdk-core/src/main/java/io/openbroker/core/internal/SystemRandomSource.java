package io.openbroker.core.internal;

import io.openbroker.core.RandomSource;
import java.security.SecureRandom;

/** The production {@link RandomSource}: one shared, thread-safe {@link SecureRandom}. */
@SuppressForbidden(reason = "the one default implementation of injected randomness")
public final class SystemRandomSource implements RandomSource {

  public static final SystemRandomSource INSTANCE = new SystemRandomSource();

  private final SecureRandom random = new SecureRandom();

  private SystemRandomSource() {}

  @Override
  public void nextBytes(byte[] bytes) {
    random.nextBytes(bytes);
  }

  @Override
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  @Override
  public double nextDouble() {
    return random.nextDouble();
  }

  @Override
  public SecureRandom asSecureRandom() {
    return random;
  }

  @Override
  public String toString() {
    return "RandomSource.secure()";
  }
}
