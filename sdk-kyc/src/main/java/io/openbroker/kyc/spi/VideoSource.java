package io.openbroker.kyc.spi;

/** Where a video came from. Art. 18(5): a video uploaded from a local file is refused. */
public enum VideoSource {
  /** Recorded live in the broker's technical environment. */
  LIVE_CAPTURE,
  /** Uploaded from a file on the device. */
  LOCAL_UPLOAD
}
