package io.openbroker.core.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The SM2 signer's distinguishing identifier (GB/T 32918.2 "ID_A"), hashed into every SM3withSM2
 * signature. Both sides must use the same one. The standard default is {@code 1234567812345678};
 * note that OpenSSL 3.0's {@code pkeyutl} uses an <em>empty</em> ID unless given {@code -pkeyopt
 * distid:1234567812345678}.
 *
 * <pre>{@code
 * MessageVerifier verifier = bankKey.verifier(Sm2UserId.of("ICBC-CUSTODY"));
 * }</pre>
 *
 * @param value the ID, encoded as UTF-8 (at most 8191 bytes, since its bit length is a 16-bit
 *     field)
 */
public record Sm2UserId(String value) {

  /** The GB/T 32918 default, {@code 1234567812345678}. */
  public static final Sm2UserId DEFAULT = new Sm2UserId("1234567812345678");

  private static final int MAX_BYTES = 8191;

  public Sm2UserId {
    Objects.requireNonNull(value, "value");
    if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException("SM2 user ID longer than " + MAX_BYTES + " bytes");
    }
  }

  /** An SM2 user ID. */
  public static Sm2UserId of(String value) {
    return new Sm2UserId(value);
  }

  /** The ID's bytes as hashed into Z. */
  public byte[] bytes() {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
