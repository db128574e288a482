package io.openbroker.core.crypto;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.Sm4GcmCipher;
import java.util.Arrays;
import java.util.Objects;

/**
 * SM4-GCM authenticated encryption (RFC 8998) with a fresh random 96-bit IV per message from the
 * injected {@link RandomSource} and a 128-bit tag. Output layout: {@code IV (12) || ciphertext ||
 * tag (16)}. Thread-safe. Any change to the ciphertext, the tag, the IV or the associated data is
 * {@code DECRYPTION_FAILED}.
 *
 * <p>Random IVs stay safe for up to 2<sup>32</sup> messages per key (NIST SP 800-38D); rotate keys
 * well before that (see {@link KeyProvider}).
 *
 * <pre>{@code
 * Sm4Gcm gcm = new Sm4Gcm(key, RandomSource.secure());
 * byte[] sealed = gcm.encrypt(data, "column:id_number".getBytes(StandardCharsets.UTF_8));
 * byte[] data2 = gcm.decrypt(sealed, "column:id_number".getBytes(StandardCharsets.UTF_8));
 * }</pre>
 */
public final class Sm4Gcm {

  /** IV length in bytes. */
  public static final int IV_BYTES = 12;

  /** Tag length in bytes. */
  public static final int TAG_BYTES = Sm4GcmCipher.TAG_BITS / 8;

  private static final byte[] NO_AAD = new byte[0];

  private final Sm4Key key;
  private final RandomSource random;

  public Sm4Gcm(Sm4Key key, RandomSource random) {
    this.key = Objects.requireNonNull(key, "key");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Encrypts {@code plaintext}, authenticating it and {@code aad} (may be empty). */
  public byte[] encrypt(byte[] plaintext, byte[] aad) {
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] iv = random.nextBytes(IV_BYTES);
    byte[] sealed = Sm4GcmCipher.seal(key.unsafeBytes(), iv, plaintext, requireAad(aad));
    byte[] out = new byte[IV_BYTES + sealed.length];
    System.arraycopy(iv, 0, out, 0, IV_BYTES);
    System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
    return out;
  }

  /** Encrypts with no associated data. */
  public byte[] encrypt(byte[] plaintext) {
    return encrypt(plaintext, NO_AAD);
  }

  /** Decrypts what {@link #encrypt(byte[], byte[])} made with the same key and {@code aad}. */
  public byte[] decrypt(byte[] ivCiphertextTag, byte[] aad) {
    Objects.requireNonNull(ivCiphertextTag, "ivCiphertextTag");
    if (ivCiphertextTag.length < IV_BYTES + TAG_BYTES) {
      throw new CredentialException(CoreErrorCode.DECRYPTION_FAILED, "SM4-GCM input too short");
    }
    byte[] iv = Arrays.copyOf(ivCiphertextTag, IV_BYTES);
    byte[] body = Arrays.copyOfRange(ivCiphertextTag, IV_BYTES, ivCiphertextTag.length);
    return Sm4GcmCipher.open(key.unsafeBytes(), iv, body, requireAad(aad));
  }

  /** Decrypts with no associated data. */
  public byte[] decrypt(byte[] ivCiphertextTag) {
    return decrypt(ivCiphertextTag, NO_AAD);
  }

  private static byte[] requireAad(byte[] aad) {
    return Objects.requireNonNull(aad, "aad");
  }

  @Override
  public String toString() {
    return "Sm4Gcm[key=redacted]";
  }
}
