package io.openbroker.core.crypto.internal;

import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.util.Objects;
import java.util.function.Supplier;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * Verification with a pool of initialised Bouncy Castle signers (for SM2 each holds the Z value for
 * the key and user ID). A malformed signature is an invalid one, never an exception.
 */
public final class PooledVerifier implements MessageVerifier {

  private final SignatureAlgorithm algorithm;
  private final ObjectPool<Signer> pool;

  private PooledVerifier(SignatureAlgorithm algorithm, Supplier<Signer> initialised) {
    this.algorithm = algorithm;
    this.pool = new ObjectPool<>(initialised);
  }

  /**
   * SM3withSM2. Only strict DER signatures are accepted: {@link StandardDSAEncoding} rejects any
   * other encoding of (r, s), so a signature cannot be re-encoded into a second valid one.
   */
  public static PooledVerifier sm2(ECPublicKeyParameters key, byte[] userId) {
    CipherParameters parameters = new ParametersWithID(key, userId.clone());
    return new PooledVerifier(
        SignatureAlgorithm.SM3_WITH_SM2,
        () -> {
          Signer verifier = new SM2Signer(StandardDSAEncoding.INSTANCE, new SM3Digest());
          verifier.init(false, parameters);
          return verifier;
        });
  }

  /** SHA256withRSA (PKCS#1 v1.5). */
  public static PooledVerifier rsa(RSAKeyParameters key) {
    return new PooledVerifier(
        SignatureAlgorithm.SHA256_WITH_RSA,
        () -> {
          Signer verifier = new RSADigestSigner(new SHA256Digest());
          verifier.init(false, key);
          return verifier;
        });
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public boolean verify(byte[] message, byte[] signature) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    Signer verifier = pool.borrow();
    boolean valid;
    try {
      verifier.update(message, 0, message.length);
      valid = verifier.verifySignature(signature);
    } catch (RuntimeException malformed) {
      // This verifier's state is unknown after a failure inside Bouncy Castle, so it is dropped.
      return false;
    }
    pool.release(verifier);
    return valid;
  }

  @Override
  public String toString() {
    return "MessageVerifier[" + algorithm.wireName() + "]";
  }
}
