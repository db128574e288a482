package io.openbroker.core.crypto;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.KeyEncoder;
import io.openbroker.core.crypto.internal.Sm2Domain;
import io.openbroker.core.crypto.internal.Sm2Encryption;
import io.openbroker.core.crypto.internal.Sm2MessageSigner;
import java.util.Objects;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * An SM2 private key (curve sm2p256v1). Signs SM3withSM2 and decrypts SM2 ciphertexts.
 *
 * <pre>{@code
 * Sm2PrivateKey key = KeyReader.sm2PrivateKey(Files.readString(Path.of("broker-sm2.pem")));
 * MessageSigner signer = key.signer(Sm2UserId.DEFAULT, RandomSource.secure());
 * byte[] signature = signer.sign(message); // DER SEQUENCE { r, s }
 * }</pre>
 */
public final class Sm2PrivateKey implements PrivateKeyMaterial {

  private final ECPrivateKeyParameters key;

  Sm2PrivateKey(ECPrivateKeyParameters key) {
    // Re-attach the named curve, so that a key given with explicit parameters encodes by OID.
    this.key = new ECPrivateKeyParameters(key.getD(), Sm2Domain.PARAMETERS);
  }

  @Override
  public SignatureAlgorithm signatureAlgorithm() {
    return SignatureAlgorithm.SM3_WITH_SM2;
  }

  @Override
  public MessageSigner signer(RandomSource random) {
    return signer(Sm2UserId.DEFAULT, random);
  }

  /**
   * A thread-safe SM3withSM2 signer with {@code userId}; the per-signature k comes from {@code
   * random}.
   */
  public MessageSigner signer(Sm2UserId userId, RandomSource random) {
    Objects.requireNonNull(userId, "userId");
    return new Sm2MessageSigner(key, userId.bytes(), random.asSecureRandom());
  }

  @Override
  public Sm2PublicKey publicKey() {
    return new Sm2PublicKey(
        new ECPublicKeyParameters(
            new FixedPointCombMultiplier().multiply(Sm2Domain.PARAMETERS.getG(), key.getD()),
            Sm2Domain.PARAMETERS));
  }

  @Override
  public byte[] decrypt(byte[] ciphertext) {
    return decrypt(ciphertext, Sm2CiphertextEncoding.C1C3C2_DER);
  }

  /** Decrypts an SM2 ciphertext in {@code encoding}; failure is {@code DECRYPTION_FAILED}. */
  public byte[] decrypt(byte[] ciphertext, Sm2CiphertextEncoding encoding) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(encoding, "encoding");
    return Sm2Encryption.decrypt(key, ciphertext, encoding);
  }

  @Override
  public String toPem() {
    return KeyEncoder.privateKeyPem(key);
  }

  @Override
  public String toString() {
    return "Sm2PrivateKey[redacted]";
  }
}
