package io.openbroker.kyc.sim;

import io.openbroker.kyc.MediaDigest;
import io.openbroker.kyc.spi.VideoCapture;
import io.openbroker.kyc.spi.VideoInspection;
import io.openbroker.kyc.spi.VideoSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A video store where the reference says where a video came from: {@code live:…} was recorded in
 * the broker's environment, {@code upload:…} came from a local file (detected and reported as
 * {@link VideoSource#LOCAL_UPLOAD}); any other reference does not exist. The digest is the SM3 of
 * the reference, standing in for the video bytes.
 */
public final class SimulatedVideoStore implements VideoCapture {

  private final boolean complete;
  private final boolean clear;
  private final boolean statement;

  /** A store whose videos are complete, clear and carry a full statement as given. */
  public SimulatedVideoStore(boolean complete, boolean clear, boolean statement) {
    this.complete = complete;
    this.clear = clear;
    this.statement = statement;
  }

  @Override
  public Optional<VideoInspection> inspect(String videoRef) {
    VideoSource source;
    if (videoRef.startsWith("live:")) {
      source = VideoSource.LIVE_CAPTURE;
    } else if (videoRef.startsWith("upload:")) {
      source = VideoSource.LOCAL_UPLOAD;
    } else {
      return Optional.empty();
    }
    MediaDigest digest = MediaDigest.of(videoRef.getBytes(StandardCharsets.UTF_8));
    return Optional.of(new VideoInspection(digest, source, complete, clear, statement));
  }
}
