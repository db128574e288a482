package io.openbroker.kyc.spi;

import io.openbroker.kyc.MediaDigest;
import java.util.Objects;

/**
 * What the video store found in a recorded video.
 *
 * @param digest SM3 of the video bytes
 * @param source live capture or local upload
 * @param complete recorded from start to end without gaps
 * @param clear image and sound quality pass the checks
 * @param statementComplete the investor said they know the risks, read and understood the
 *     agreements, and open voluntarily
 */
public record VideoInspection(
    MediaDigest digest,
    VideoSource source,
    boolean complete,
    boolean clear,
    boolean statementComplete) {
  public VideoInspection {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(source, "source");
  }
}
