package io.openbroker.transfer.testing;

import io.openbroker.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A sleeper that records each wait instead of spending it. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final AtomicInteger crashIn = new AtomicInteger();
  private final AtomicInteger actionIn = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicReference<Runnable> action =
      new java.util.concurrent.atomic.AtomicReference<>(() -> {});

  /** Runs {@code what} during the {@code n}-th wait from now (the world moves on meanwhile). */
  public void onWait(int n, Runnable what) {
    action.set(what);
    actionIn.set(n);
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    if (actionIn.get() > 0 && actionIn.decrementAndGet() == 0) {
      action.get().run();
    }
    if (crashIn.get() > 0 && crashIn.decrementAndGet() == 0) {
      throw new SimulatedCrash("process died while waiting to retry");
    }
  }

  /** The {@code n}-th wait from now throws {@link SimulatedCrash} (the process "dies" there). */
  public void crashOnWait(int n) {
    crashIn.set(n);
  }

  /** Every wait asked for, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
