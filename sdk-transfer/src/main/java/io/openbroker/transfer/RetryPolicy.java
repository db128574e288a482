package io.openbroker.transfer;

import io.openbroker.core.RandomSource;
import java.time.Duration;
import java.util.Objects;

/**
 * How an unknown outcome is chased: resend the same serial up to {@code maxSends} times in all,
 * waiting an exponentially growing, jittered, capped delay between sends; then reverse, trying the
 * reversal up to {@code reversalAttempts} times per drive (recovery keeps trying later).
 *
 * <pre>{@code
 * RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), 0.5, 5);
 * }</pre>
 *
 * @param maxSends sends of the original in one drive, at least 1
 * @param firstBackoff the delay before the second send
 * @param maxBackoff the cap of any delay
 * @param jitter the fraction of each delay drawn at random, in [0, 1]
 * @param reversalAttempts sends of the reversal in one drive, at least 1
 */
public record RetryPolicy(
    int maxSends, Duration firstBackoff, Duration maxBackoff, double jitter, int reversalAttempts) {

  /** 3 sends, 200 ms doubling up to 5 s, half of each delay random, 5 reversal attempts. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), 0.5, 5);

  public RetryPolicy {
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxSends < 1 || reversalAttempts < 1) {
      throw new IllegalArgumentException("maxSends and reversalAttempts must be at least 1");
    }
    if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= firstBackoff <= maxBackoff");
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be in [0, 1]: " + jitter);
    }
  }

  /**
   * The wait before retry number {@code retry} (1 = the first retry): {@code firstBackoff ×
   * 2^(retry-1)}, capped, of which a {@code jitter} fraction is drawn uniformly from {@code
   * random}.
   */
  public Duration delay(int retry, RandomSource random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry counts from 1: " + retry);
    }
    long base = firstBackoff.toMillis();
    long capped = maxBackoff.toMillis();
    long exp = retry > 30 ? capped : Math.min(capped, base << (retry - 1));
    long randomPart = (long) (exp * jitter);
    long fixed = exp - randomPart;
    long drawn = randomPart == 0 ? 0 : (long) (random.nextDouble() * (randomPart + 1));
    return Duration.ofMillis(fixed + Math.min(drawn, randomPart));
  }
}
