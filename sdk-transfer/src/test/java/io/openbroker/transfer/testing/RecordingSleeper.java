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

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
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
