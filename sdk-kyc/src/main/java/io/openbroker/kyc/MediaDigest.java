package io.openbroker.kyc;

import io.openbroker.core.crypto.Sm3Hash;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SM3 digest of a photo, scan, video or recording (Art. 14, 15, 19): the evidence chain keeps
 * the digest, the broker's media store keeps the bytes.
 *
 * <pre>{@code
 * MediaDigest photo = MediaDigest.of(jpegBytes);
 * }</pre>
 *
 * @param hex 64 lower-case hex characters
 */
public record MediaDigest(String hex) {

  public MediaDigest {
    Objects.requireNonNull(hex, "hex");
    if (!isLowerHex64(hex)) {
      throw new IllegalArgumentException("an SM3 digest is 64 lower-case hex characters");
    }
  }

  /** The digest of {@code media}. */
  public static MediaDigest of(byte[] media) {
    return new MediaDigest(HexFormat.of().formatHex(Sm3Hash.of(media)));
  }

  /** A plain loop, not a regex: digests are made on every step. */
  private static boolean isLowerHex64(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "sm3:" + hex.substring(0, 12) + "…";
  }
}
