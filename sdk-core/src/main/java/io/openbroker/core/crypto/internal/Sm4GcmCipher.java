package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4-GCM (RFC 8998) with a caller-given IV and a 128-bit tag. The IV discipline (a fresh random
 * 96-bit IV per message) belongs to the public {@code Sm4Gcm}; this class exists so known-answer
 * vectors can fix the IV. A fresh cipher per call: GCM objects are not thread-safe and their set-up
 * is a few SM4 blocks.
 */
public final class Sm4GcmCipher {

  /** Tag length in bits. */
  public static final int TAG_BITS = 128;

  private Sm4GcmCipher() {}

  /** {@code ciphertext || tag}. */
  public static byte[] seal(byte[] key, byte[] iv, byte[] plaintext, byte[] aad) {
    GCMModeCipher gcm = cipher(true, key, iv, aad);
    byte[] out = new byte[gcm.getOutputSize(plaintext.length)];
    int n = gcm.processBytes(plaintext, 0, plaintext.length, out, 0);
    try {
      gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("GCM encryption cannot fail on a valid key and IV", e);
    }
    return out;
  }

  /** The plaintext, or {@code DECRYPTION_FAILED} when the tag does not match. */
  public static byte[] open(byte[] key, byte[] iv, byte[] ciphertextAndTag, byte[] aad) {
    if (ciphertextAndTag.length < TAG_BITS / 8) {
      throw new CredentialException(CoreErrorCode.DECRYPTION_FAILED, "SM4-GCM input too short");
    }
    GCMModeCipher gcm = cipher(false, key, iv, aad);
    byte[] out = new byte[gcm.getOutputSize(ciphertextAndTag.length)];
    int n = gcm.processBytes(ciphertextAndTag, 0, ciphertextAndTag.length, out, 0);
    try {
      gcm.doFinal(out, n);
    } catch (InvalidCipherTextException e) {
      throw new CredentialException(
          CoreErrorCode.DECRYPTION_FAILED,
          "SM4-GCM authentication failed (wrong key, AAD or tampered data)",
          e);
    }
    return out;
  }

  private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] iv, byte[] aad) {
    GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
    gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv, aad));
    return gcm;
  }
}
