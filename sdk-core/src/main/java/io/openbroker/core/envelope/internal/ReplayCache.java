package io.openbroker.core.envelope.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Remembers the nonces of accepted envelopes for the replay window. An envelope is accepted while
 * its timestamp is within ±skew of now, so a nonce must be remembered for 2×skew after it is first
 * seen; after that the timestamp check alone refuses a replay. Time is read from the injected clock
 * (a Caffeine {@link Ticker}), and maintenance runs on the calling thread, so tests that advance a
 * fake clock see expiry deterministically.
 *
 * <p>The cache is bounded: size it for the peak message rate times the window. If it overflows, the
 * oldest nonces are evicted early and a replay of one of them inside the window would be missed.
 */
public final class ReplayCache {

  private final Cache<String, Boolean> seen;

  public ReplayCache(Clock clock, Duration window, long maximumSize) {
    Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
    this.seen =
        Caffeine.newBuilder()
            .ticker(ticker)
            .executor(Runnable::run)
            .expireAfterWrite(window)
            .maximumSize(maximumSize)
            .build();
  }

  /**
   * Records {@code nonce} of {@code keyId}; false if it was already there. Atomic: of two
   * concurrent identical envelopes exactly one gets true.
   */
  public boolean firstSighting(String keyId, String nonce) {
    return seen.asMap().putIfAbsent(keyId + '\n' + nonce, Boolean.TRUE) == null;
  }
}
