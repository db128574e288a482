package io.openbroker.transfer.testing;

import io.openbroker.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records each wait instead of spending it. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  /** Every wait asked for, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
