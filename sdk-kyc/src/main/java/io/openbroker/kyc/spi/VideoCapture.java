package io.openbroker.kyc.spi;

import java.util.Optional;

/** The video store: inspects a recorded video by reference. */
public interface VideoCapture {

  /** The inspection of {@code videoRef}, or empty when no such video exists. */
  Optional<VideoInspection> inspect(String videoRef);
}
