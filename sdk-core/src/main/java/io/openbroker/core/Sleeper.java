package io.openbroker.core;

import io.openbroker.core.internal.SystemSleeper;
import java.time.Duration;

/**
 * Waiting, injected: retry backoff and polling go through a {@code Sleeper} so that tests can
 * record the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration}; returns early only by throwing {@link InterruptedException}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The production default: {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}
