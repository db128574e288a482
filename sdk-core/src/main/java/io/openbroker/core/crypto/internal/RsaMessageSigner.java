package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;

/**
 * SHA256withRSA (PKCS#1 v1.5, the same bytes as OpenSSL's {@code dgst -sha256 -sign}). The random
 * source feeds RSA blinding, which hides the key from timing attacks.
 */
public final class RsaMessageSigner implements MessageSigner {

  private final ObjectPool<RSADigestSigner> pool;

  public RsaMessageSigner(RSAPrivateCrtKeyParameters key, SecureRandom random) {
    ParametersWithRandom parameters = new ParametersWithRandom(key, random);
    this.pool =
        new ObjectPool<>(
            () -> {
              RSADigestSigner signer = new RSADigestSigner(new SHA256Digest());
              signer.init(true, parameters);
              return signer;
            });
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return SignatureAlgorithm.SHA256_WITH_RSA;
  }

  @Override
  public byte[] sign(byte[] message) {
    Objects.requireNonNull(message, "message");
    RSADigestSigner signer = pool.borrow();
    byte[] signature;
    try {
      signer.update(message, 0, message.length);
      signature = signer.generateSignature();
    } catch (CryptoException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "RSA signing failed", e);
    }
    pool.release(signer);
    return signature;
  }

  @Override
  public String toString() {
    return "RsaMessageSigner[key=redacted]";
  }
}
