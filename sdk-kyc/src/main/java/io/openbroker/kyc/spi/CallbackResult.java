package io.openbroker.kyc.spi;

import io.openbroker.kyc.MediaDigest;
import java.util.Objects;

/**
 * How a callback went (Art. 8).
 *
 * @param reached whether the investor was reached
 * @param identityConfirmed the investor confirmed it was they who opened
 * @param willConfirmed the investor confirmed opening was their own will
 * @param recording SM3 of the kept callback record
 */
public record CallbackResult(
    boolean reached, boolean identityConfirmed, boolean willConfirmed, MediaDigest recording) {
  public CallbackResult {
    Objects.requireNonNull(recording, "recording");
  }

  /** Whether the callback succeeded. */
  public boolean successful() {
    return reached && identityConfirmed && willConfirmed;
  }
}
