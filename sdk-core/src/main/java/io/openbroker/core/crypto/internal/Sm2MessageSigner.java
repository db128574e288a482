package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * SM3withSM2 signing with a pool of initialised {@link SM2Signer}s: {@code init} derives the public
 * key and Z value (a scalar multiplication), which costs several signatures' worth, so it is done
 * once per pooled signer, not per message. The user ID, SM3 and DER encoding are passed explicitly
 * because Bouncy Castle's defaults have changed between versions.
 */
public final class Sm2MessageSigner implements MessageSigner {

  private final ObjectPool<SM2Signer> pool;

  public Sm2MessageSigner(ECPrivateKeyParameters key, byte[] userId, SecureRandom random) {
    CipherParameters parameters =
        new ParametersWithID(new ParametersWithRandom(key, random), userId.clone());
    this.pool =
        new ObjectPool<>(
            () -> {
              SM2Signer signer = new SM2Signer(StandardDSAEncoding.INSTANCE, new SM3Digest());
              signer.init(true, parameters);
              return signer;
            });
  }

  @Override
  public SignatureAlgorithm algorithm() {
    return SignatureAlgorithm.SM3_WITH_SM2;
  }

  @Override
  public byte[] sign(byte[] message) {
    Objects.requireNonNull(message, "message");
    SM2Signer signer = pool.borrow();
    byte[] signature;
    try {
      signer.update(message, 0, message.length);
      signature = signer.generateSignature();
    } catch (CryptoException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "SM2 signing failed", e);
    }
    // generateSignature() resets the digest to the Z prefix, so the signer is clean again.
    pool.release(signer);
    return signature;
  }

  @Override
  public String toString() {
    return "Sm2MessageSigner[key=redacted]";
  }
}
