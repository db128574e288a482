package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.Supplier;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * Signing with a pool of initialised Bouncy Castle signers. For SM2, {@code init} derives the
 * public key and Z value (a scalar multiplication), which costs several signatures' worth, so it is
 * done once per pooled signer, not per message. {@code generateSignature()} resets the signer to
 * its initialised state, so a signer goes back to the pool clean.
 */
public final class PooledSigner implements MessageSigner {

  private final SignatureAlgorithm algorithm;
  private final ObjectPool<Signer> pool;

  private PooledSigner(SignatureAlgorithm algorithm, Supplier<Signer> initialised) {
    this.algorithm = algorithm;
    this.pool = new ObjectPool<>(initialised);
  }

  /**
   * SM3withSM2. The user ID, SM3 and DER encoding are passed explicitly because Bouncy Castle's
   * defaults have changed between versions.
   */
  public static PooledSigner sm2(ECPrivateKeyParameters key, byte[] userId, SecureRandom random) {
    CipherParameters parameters =
        new ParametersWithID(new ParametersWithRandom(key, random), userId.clone());
    return new PooledSigner(
        SignatureAlgorithm.SM3_WITH_SM2,
        () -> {
          Signer signer = new SM2Signer(StandardDSAEncoding.INSTANCE, new SM3Digest());
          signer.init(true, parameters);
          return signer;
        });
  }

  /**
   * SHA256withRSA (PKCS#1 v1.5, the same bytes as OpenSSL's {@code dgst -sha256 -sign}). The random
   * source feeds RSA blinding, which hides the key from timing attacks.
   */
  public static PooledSigner rsa(RSAPrivateCrtKeyParameters key, SecureRandom random) {
    ParametersWithRandom parameters = new ParametersWithRandom(key, random);
    return new PooledSigner(
        SignatureAlgorithm.SHA256_WITH_RSA,
        () -> {
          Signer signer = new RSADigestSigner(new SHA256Digest());
          signer.init(true, parameters);
          return signer;
        });
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public byte[] sign(byte[] message) {
    Objects.requireNonNull(message, "message");
    Signer signer = pool.borrow();
    byte[] signature;
    try {
      signer.update(message, 0, message.length);
      signature = signer.generateSignature();
    } catch (CryptoException e) {
      throw new InternalException(
          CoreErrorCode.INTERNAL_ERROR, algorithm.wireName() + " signing failed", e);
    }
    pool.release(signer);
    return signature;
  }

  @Override
  public String toString() {
    return "MessageSigner[" + algorithm.wireName() + ", key=redacted]";
  }
}
