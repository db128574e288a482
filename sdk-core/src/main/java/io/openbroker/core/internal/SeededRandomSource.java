package io.openbroker.core.internal;

import io.openbroker.core.RandomSource;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * A deterministic {@link RandomSource} for tests and simulations. Thread-safe (synchronized), so a
 * simulation driven from several threads stays reproducible only if the threads' order is;
 * single-threaded use is exact.
 */
public final class SeededRandomSource implements RandomSource {

  private final long seed;
  private final SplittableRandom random;
  private final SecureRandom asSecure;

  public SeededRandomSource(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.asSecure = new DeterministicSecureRandom(this);
  }

  @Override
  public synchronized void nextBytes(byte[] bytes) {
    random.nextBytes(bytes);
  }

  @Override
  public synchronized int nextInt(int bound) {
    return random.nextInt(bound);
  }

  @Override
  public synchronized double nextDouble() {
    return random.nextDouble();
  }

  @Override
  public SecureRandom asSecureRandom() {
    return asSecure;
  }

  @Override
  public String toString() {
    return "RandomSource.seeded(" + seed + ")";
  }

  /** A {@link SecureRandom} view that draws from the seeded source; never for production keys. */
  @SuppressForbidden(
      reason = "a deterministic SecureRandom for tests must call the SecureRandom constructor")
  private static final class DeterministicSecureRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final transient SeededRandomSource source;

    DeterministicSecureRandom(SeededRandomSource source) {
      super();
      this.source = source;
    }

    @Override
    public void nextBytes(byte[] bytes) {
      source.nextBytes(bytes);
    }

    @Override
    public byte[] generateSeed(int numBytes) {
      return source.nextBytes(numBytes);
    }

    @Override
    public void setSeed(long ignored) {
      // The seed is fixed at construction; SecureRandom's constructor calls this before source is
      // set.
    }

    @Override
    public String getAlgorithm() {
      return "OpenBroker-Seeded";
    }
  }
}
