package io.openbroker.kyc;

import java.util.Optional;

/**
 * Wraps a store and "crashes" (throws) on the {@code n}-th write, either before the write reaches
 * the delegate or after it did (the caller never hears it succeeded).
 */
final class CrashingStore implements ApplicationStore {

  /** Thrown in place of the process dying. */
  static final class Crash extends RuntimeException {
    Crash() {
      super("simulated crash", null, false, false);
    }
  }

  private final ApplicationStore delegate;
  private final int crashAt;
  private final boolean afterWrite;
  private int writes;

  CrashingStore(ApplicationStore delegate, int crashAt, boolean afterWrite) {
    this.delegate = delegate;
    this.crashAt = crashAt;
    this.afterWrite = afterWrite;
  }

  @Override
  public Optional<OnboardingApplication> find(ApplicationId id) {
    return delegate.find(id);
  }

  @Override
  public void insert(OnboardingApplication application) {
    write(() -> delegate.insert(application));
  }

  @Override
  public void update(OnboardingApplication next) {
    write(() -> delegate.update(next));
  }

  private void write(Runnable work) {
    writes++;
    if (writes == crashAt && !afterWrite) {
      throw new Crash();
    }
    work.run();
    if (writes == crashAt) {
      throw new Crash();
    }
  }
}
