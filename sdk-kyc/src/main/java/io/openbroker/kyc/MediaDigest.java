package io.openbroker.kyc;

import io.openbroker.core.crypto.Sm3Hash;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

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
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public MediaDigest {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("an SM3 digest is 64 lower-case hex characters");
    }
  }

  /** The digest of {@code media}. */
  public static MediaDigest of(byte[] media) {
    return new MediaDigest(HexFormat.of().formatHex(Sm3Hash.of(media)));
  }

  @Override
  public String toString() {
    return "sm3:" + hex.substring(0, 12) + "…";
  }
}
