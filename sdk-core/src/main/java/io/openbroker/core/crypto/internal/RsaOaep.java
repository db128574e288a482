package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.InternalException;
import io.openbroker.core.InvalidInputException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.encodings.OAEPEncoding;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * RSA-OAEP with SHA-256 for both the label hash and MGF1, and an empty label: the same as OpenSSL's
 * {@code pkeyutl -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -pkeyopt
 * rsa_mgf1_md:sha256}. Both digests are named, since JCA's "OAEPWithSHA-256AndMGF1Padding" means
 * MGF1-SHA-1 in the JDK and MGF1-SHA-256 elsewhere.
 */
public final class RsaOaep {

  private RsaOaep() {}

  /** Encrypts at most {@code modulus bytes - 66} bytes of {@code plaintext}. */
  public static byte[] encrypt(RSAKeyParameters key, byte[] plaintext, SecureRandom random) {
    OAEPEncoding oaep = newOaep();
    oaep.init(true, new ParametersWithRandom(key, random));
    if (plaintext.length > oaep.getInputBlockSize()) {
      throw new InvalidInputException(
          CoreErrorCode.ENCRYPTION_FAILED,
          "plaintext of "
              + plaintext.length
              + " bytes exceeds RSA-OAEP's "
              + oaep.getInputBlockSize());
    }
    try {
      return oaep.processBlock(plaintext, 0, plaintext.length);
    } catch (InvalidCipherTextException e) {
      throw new InternalException(CoreErrorCode.ENCRYPTION_FAILED, "RSA-OAEP encryption failed", e);
    }
  }

  /**
   * Decrypts; a wrong key or tampering is {@code DECRYPTION_FAILED}. Blinding draws Bouncy Castle's
   * default randomness: it hides timing and never changes the result, so it need not be injected.
   */
  public static byte[] decrypt(RSAPrivateCrtKeyParameters key, byte[] ciphertext) {
    OAEPEncoding oaep = newOaep();
    oaep.init(false, key);
    try {
      return oaep.processBlock(ciphertext, 0, ciphertext.length);
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new CredentialException(
          CoreErrorCode.DECRYPTION_FAILED, "RSA-OAEP decryption failed", e);
    }
  }

  private static OAEPEncoding newOaep() {
    return new OAEPEncoding(new RSABlindedEngine(), new SHA256Digest(), new SHA256Digest(), null);
  }
}
