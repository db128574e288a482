package io.openbroker.core.crypto.internal;

import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.RSADigestSigner;

/** SHA256withRSA (PKCS#1 v1.5) verification with a pool of initialised verifiers. */
public final class RsaMessageVerifier implements MessageVerifier {

  private final ObjectPool<RSADigestSigner> pool;

  public RsaMessageVerifier(RSAKeyParameters key) {
    this.pool =
        new ObjectPool<>(
            () -> {
              RSADigestSigner verifier = new RSADigestSigner(new SHA256Digest());
              verifier.init(false, key);
              return verifier;
            });
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return SignatureAlgorithm.SHA256_WITH_RSA;
  }

  @Override
  public boolean verify(byte[] message, byte[] signature) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    RSADigestSigner verifier = pool.borrow();
    boolean valid;
    try {
      verifier.update(message, 0, message.length);
      valid = verifier.verifySignature(signature);
    } catch (RuntimeException malformed) {
      return false;
    }
    pool.release(verifier);
    return valid;
  }

  @Override
  public String toString() {
    return "RsaMessageVerifier";
  }
}
