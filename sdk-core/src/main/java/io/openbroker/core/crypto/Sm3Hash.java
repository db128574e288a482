package io.openbroker.core.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 (GB/T 32905), one-shot or streaming. A streaming instance is not thread-safe; the static
 * methods are.
 *
 * <pre>{@code
 * byte[] hash = Sm3Hash.of("abc".getBytes(StandardCharsets.UTF_8)); // 66c7f0f4...8f4ba8e0
 * Sm3Hash running = Sm3Hash.streaming();
 * running.update(part1).update(part2);
 * byte[] total = running.digest();
 * }</pre>
 */
public final class Sm3Hash {

  /** Length of an SM3 hash in bytes. */
  public static final int LENGTH = 32;

  private static final int BUFFER = 16 * 1024;

  private final SM3Digest digest = new SM3Digest();

  private Sm3Hash() {}

  /** The SM3 hash of {@code data}. */
  public static byte[] of(byte[] data) {
    return streaming().update(data).digest();
  }

  /** The SM3 hash of everything left in {@code in} (not closed). */
  public static byte[] of(InputStream in) throws IOException {
    Sm3Hash hash = streaming();
    byte[] buffer = new byte[BUFFER];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      hash.update(buffer, 0, n);
    }
    return hash.digest();
  }

  /** A fresh streaming hash. */
  public static Sm3Hash streaming() {
    return new Sm3Hash();
  }

  /** Adds {@code data}. */
  public Sm3Hash update(byte[] data) {
    return update(data, 0, data.length);
  }

  /** Adds {@code length} bytes of {@code data} from {@code offset}. */
  public Sm3Hash update(byte[] data, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, data.length);
    digest.update(data, offset, length);
    return this;
  }

  /** Adds the remaining bytes of {@code data}, consuming them. */
  public Sm3Hash update(ByteBuffer data) {
    if (data.hasArray()) {
      update(data.array(), data.arrayOffset() + data.position(), data.remaining());
      data.position(data.limit());
    } else {
      byte[] chunk = new byte[Math.min(BUFFER, data.remaining())];
      while (data.hasRemaining()) {
        int n = Math.min(chunk.length, data.remaining());
        data.get(chunk, 0, n);
        digest.update(chunk, 0, n);
      }
    }
    return this;
  }

  /** The hash of everything added since creation or the last {@code digest()}; then resets. */
  public byte[] digest() {
    byte[] out = new byte[LENGTH];
    digest.doFinal(out, 0);
    return out;
  }
}
