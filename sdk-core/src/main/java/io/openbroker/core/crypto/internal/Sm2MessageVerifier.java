package io.openbroker.core.crypto.internal;

import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.util.Objects;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * SM3withSM2 verification with a pool of initialised {@link SM2Signer}s (each holds the Z value for
 * the key and user ID). Only strict DER signatures are accepted: {@link StandardDSAEncoding}
 * rejects any other encoding of (r, s), so a signature cannot be re-encoded into a second valid
 * one.
 */
public final class Sm2MessageVerifier implements MessageVerifier {

  private final ObjectPool<SM2Signer> pool;

  public Sm2MessageVerifier(ECPublicKeyParameters key, byte[] userId) {
    CipherParameters parameters = new ParametersWithID(key, userId.clone());
    this.pool =
        new ObjectPool<>(
            () -> {
              SM2Signer verifier = new SM2Signer(StandardDSAEncoding.INSTANCE, new SM3Digest());
              verifier.init(false, parameters);
              return verifier;
            });
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return SignatureAlgorithm.SM3_WITH_SM2;
  }

  @Override
  public boolean verify(byte[] message, byte[] signature) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    SM2Signer verifier = pool.borrow();
    boolean valid;
    try {
      verifier.update(message, 0, message.length);
      valid = verifier.verifySignature(signature);
    } catch (RuntimeException malformed) {
      // A malformed signature is an invalid one; this verifier's state is unknown, so drop it.
      return false;
    }
    pool.release(verifier);
    return valid;
  }

  @Override
  public String toString() {
    return "Sm2MessageVerifier";
  }
}
