package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.InternalException;
import io.openbroker.core.crypto.Sm2CiphertextEncoding;
import java.security.SecureRandom;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;

/**
 * SM2 public-key encryption (GB/T 32918.4) with SM3 and the C1C3C2 order, both named explicitly:
 * Bouncy Castle defaulted to the obsolete C1C2C3 order for years. A fresh engine per call: its
 * {@code init} is cheap (no scalar multiplication) and it is not thread-safe.
 */
public final class Sm2Encryption {

  private Sm2Encryption() {}

  /** Encrypts {@code plaintext} for {@code key}, in {@code encoding}. */
  public static byte[] encrypt(
      ECPublicKeyParameters key,
      byte[] plaintext,
      Sm2CiphertextEncoding encoding,
      SecureRandom random) {
    if (plaintext.length == 0) {
      throw new IllegalArgumentException("SM2 cannot encrypt an empty plaintext");
    }
    SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
    engine.init(true, new ParametersWithRandom(key, random));
    byte[] raw;
    try {
      raw = engine.processBlock(plaintext, 0, plaintext.length);
    } catch (InvalidCipherTextException e) {
      throw new InternalException(CoreErrorCode.ENCRYPTION_FAILED, "SM2 encryption failed", e);
    }
    return encoding == Sm2CiphertextEncoding.C1C3C2_DER ? Sm2Ciphertexts.rawToDer(raw) : raw;
  }

  /** Decrypts; a wrong key, tampering or a wrong encoding is {@code DECRYPTION_FAILED}. */
  public static byte[] decrypt(
      ECPrivateKeyParameters key, byte[] ciphertext, Sm2CiphertextEncoding encoding) {
    byte[] raw =
        encoding == Sm2CiphertextEncoding.C1C3C2_DER
            ? Sm2Ciphertexts.derToRaw(ciphertext)
            : ciphertext;
    SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
    engine.init(false, key);
    try {
      return engine.processBlock(raw, 0, raw.length);
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new CredentialException(CoreErrorCode.DECRYPTION_FAILED, "SM2 decryption failed", e);
    }
  }
}
