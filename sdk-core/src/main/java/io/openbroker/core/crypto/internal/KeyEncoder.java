package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import java.io.IOException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/** Bouncy Castle key parameters to PKCS#8 / SubjectPublicKeyInfo DER and PEM. */
public final class KeyEncoder {

  private KeyEncoder() {}

  /** Unencrypted PKCS#8 PEM ({@code PRIVATE KEY}), readable by OpenSSL 3. */
  public static String privateKeyPem(AsymmetricKeyParameter key) {
    try {
      return Pem.write("PRIVATE KEY", PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded());
    } catch (IOException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "PKCS#8 encoding failed", e);
    }
  }

  /** DER SubjectPublicKeyInfo. */
  public static byte[] publicKeyDer(AsymmetricKeyParameter key) {
    try {
      return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded();
    } catch (IOException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "public key encoding failed", e);
    }
  }

  /** SubjectPublicKeyInfo PEM ({@code PUBLIC KEY}). */
  public static String publicKeyPem(AsymmetricKeyParameter key) {
    return Pem.write("PUBLIC KEY", publicKeyDer(key));
  }

  /** Lower-case hex SM3 of the DER SubjectPublicKeyInfo. */
  public static String fingerprint(AsymmetricKeyParameter key) {
    byte[] der = publicKeyDer(key);
    SM3Digest digest = new SM3Digest();
    digest.update(der, 0, der.length);
    byte[] hash = new byte[digest.getDigestSize()];
    digest.doFinal(hash, 0);
    return HexFormat.of().formatHex(hash);
  }
}
