package io.openbroker.core.evidence;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A 32-byte SM3 hash in the evidence chain: a record's own hash or its predecessor's. Hashes are
 * not secret; they print as lower-case hex.
 *
 * <pre>{@code
 * ChainHash hash = ChainHash.ofHex("66c7f0f4...");
 * }</pre>
 *
 * @param bytes the 32 hash bytes (copied in and out)
 */
public record ChainHash(byte[] bytes) {

  /** The length of an SM3 hash. */
  public static final int LENGTH = 32;

  /** The predecessor of the first record: 32 zero bytes. */
  public static final ChainHash GENESIS = new ChainHash(new byte[LENGTH]);

  private static final HexFormat HEX = HexFormat.of();

  public ChainHash {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("a chain hash has 32 bytes, not " + bytes.length);
    }
    bytes = bytes.clone();
  }

  /** Parses 64 hex digits. */
  public static ChainHash ofHex(String hex) {
    return new ChainHash(HEX.parseHex(Objects.requireNonNull(hex, "hex")));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Copies the 32 bytes into {@code into} at {@code offset} (no intermediate copy). */
  public void copyInto(byte[] into, int offset) {
    System.arraycopy(bytes, 0, into, offset, LENGTH);
  }

  /** The hash as 64 lower-case hex digits. */
  public String hex() {
    return HEX.formatHex(bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChainHash that && MessageDigest.isEqual(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return hex();
  }
}
