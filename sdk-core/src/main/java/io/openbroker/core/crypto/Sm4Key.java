package io.openbroker.core.crypto;

import io.openbroker.core.RandomSource;
import java.util.Arrays;
import java.util.Objects;

/**
 * A 128-bit SM4 key. Its bytes never appear in {@code toString}; instances compare by identity so
 * that no code path compares keys in variable time.
 *
 * <pre>{@code
 * Sm4Key key = Sm4Key.of(kms.fetchDataKey("pii-2026-11"));
 * Sm4Key forTests = Sm4Key.generate(RandomSource.seeded(7));
 * }</pre>
 */
public final class Sm4Key {

  /** Key length in bytes. */
  public static final int BYTES = 16;

  private final byte[] bytes;

  private Sm4Key(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A key from exactly 16 bytes (copied). */
  public static Sm4Key of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("an SM4 key is 16 bytes, got " + bytes.length);
    }
    return new Sm4Key(bytes.clone());
  }

  /** A new random key. */
  public static Sm4Key generate(RandomSource random) {
    return new Sm4Key(random.nextBytes(BYTES));
  }

  /** A copy of the key bytes, e.g. for wrapping into a KMS: handle like the key itself. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The key bytes without a copy, for this package's ciphers. */
  byte[] unsafeBytes() {
    return bytes;
  }

  /** Overwrites the key in memory; the key is unusable afterwards. */
  public void destroy() {
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public String toString() {
    return "Sm4Key[redacted]";
  }
}
