package io.openbroker.kyc.internal.scenario;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock a scenario moves forward by days (for document expiry); shared by its copies. */
public final class ScenarioClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public ScenarioClock(Instant start, ZoneId zone) {
    this(new AtomicReference<>(start), zone);
  }

  private ScenarioClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Moves every copy of this clock {@code days} forward. */
  public void advanceDays(int days) {
    now.updateAndGet(t -> t.plusSeconds(86_400L * days));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new ScenarioClock(now, newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
