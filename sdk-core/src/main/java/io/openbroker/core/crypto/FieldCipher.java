package io.openbroker.core.crypto;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Encrypts personal data at rest (ID numbers, card numbers, mobiles, names) into a self-describing
 * text token, SM4-GCM under a {@link KeyProvider} key:
 *
 * <pre>ob1.&lt;key id&gt;.&lt;base64url IV&gt;.&lt;base64url ciphertext+tag&gt;</pre>
 *
 * The token names its key, so old rows stay readable after rotation ({@link #needsRotation}, {@link
 * #rotate}). The associated data binds the version, the key id and a caller-given context (e.g. the
 * table and column), so a token copied into another column does not decrypt. Thread-safe.
 *
 * <pre>{@code
 * FieldCipher pii = new FieldCipher(keys, RandomSource.secure());
 * String stored = pii.encrypt("110101199003074514", "investor.id_number");
 * String idNumber = pii.decrypt(stored, "investor.id_number");
 * }</pre>
 */
public final class FieldCipher {

  private static final String VERSION = "ob1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final KeyProvider keys;
  private final RandomSource random;

  public FieldCipher(KeyProvider keys, RandomSource random) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Encrypts {@code plaintext} under the current key, bound to {@code context}. */
  public String encrypt(String plaintext, String context) {
    Objects.requireNonNull(plaintext, "plaintext");
    String keyId = keys.currentKeyId();
    if (keyId == null || !KeyProvider.KEY_ID.matcher(keyId).matches()) {
      throw new IllegalStateException("the KeyProvider's current key id is not a valid key id");
    }
    byte[] sealed =
        new Sm4Gcm(requireKey(keyId), random)
            .encrypt(plaintext.getBytes(StandardCharsets.UTF_8), aad(keyId, context));
    byte[] iv = Arrays.copyOf(sealed, Sm4Gcm.IV_BYTES);
    byte[] body = Arrays.copyOfRange(sealed, Sm4Gcm.IV_BYTES, sealed.length);
    return VERSION
        + "."
        + keyId
        + "."
        + ENCODER.encodeToString(iv)
        + "."
        + ENCODER.encodeToString(body);
  }

  /**
   * Decrypts a token made for {@code context}. A malformed or tampered token, an unknown key id or
   * another context is {@code DECRYPTION_FAILED}; the message never contains the data.
   */
  public String decrypt(String token, String context) {
    Token parsed = Token.parse(token);
    byte[] sealed = new byte[parsed.iv.length + parsed.body.length];
    System.arraycopy(parsed.iv, 0, sealed, 0, parsed.iv.length);
    System.arraycopy(parsed.body, 0, sealed, parsed.iv.length, parsed.body.length);
    byte[] plaintext =
        new Sm4Gcm(requireKey(parsed.keyId), random).decrypt(sealed, aad(parsed.keyId, context));
    return new String(plaintext, StandardCharsets.UTF_8);
  }

  /** Whether {@code token} is under a key other than the current one. */
  public boolean needsRotation(String token) {
    return !Token.parse(token).keyId.equals(keys.currentKeyId());
  }

  /** {@code token} re-encrypted under the current key (unchanged if it already is). */
  public String rotate(String token, String context) {
    return needsRotation(token) ? encrypt(decrypt(token, context), context) : token;
  }

  private Sm4Key requireKey(String keyId) {
    return keys.key(keyId)
        .orElseThrow(
            () ->
                new CredentialException(
                    CoreErrorCode.DECRYPTION_FAILED, "no key with id '" + keyId + "'"));
  }

  private static byte[] aad(String keyId, String context) {
    Objects.requireNonNull(context, "context");
    return (VERSION + "." + keyId + "." + context).getBytes(StandardCharsets.UTF_8);
  }

  /** The parts of a token; parse failures never echo the token. */
  private record Token(String keyId, byte[] iv, byte[] body) {
    static Token parse(String token) {
      Objects.requireNonNull(token, "token");
      String[] parts = token.split("\\.", -1);
      if (parts.length != 4
          || !VERSION.equals(parts[0])
          || !KeyProvider.KEY_ID.matcher(parts[1]).matches()) {
        throw malformed(null);
      }
      try {
        byte[] iv = DECODER.decode(parts[2]);
        byte[] body = DECODER.decode(parts[3]);
        if (iv.length != Sm4Gcm.IV_BYTES || body.length < Sm4Gcm.TAG_BYTES) {
          throw malformed(null);
        }
        return new Token(parts[1], iv, body);
      } catch (IllegalArgumentException e) {
        throw malformed(e);
      }
    }

    private static CredentialException malformed(Exception cause) {
      return new CredentialException(
          CoreErrorCode.DECRYPTION_FAILED,
          "malformed field token (expected ob1.<key id>.<iv>.<data>)",
          cause);
    }
  }
}
