package io.openbroker.core.internal;

import io.openbroker.core.Sleeper;
import java.time.Duration;

/** The production {@link Sleeper}. */
@SuppressForbidden(reason = "the one default implementation of injected sleeping")
public enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (!duration.isNegative() && !duration.isZero()) {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
  }
}
