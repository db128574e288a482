package io.openbroker.core.crypto;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.KeyEncoder;
import io.openbroker.core.crypto.internal.Sm2Domain;
import io.openbroker.core.crypto.internal.Sm2Encryption;
import io.openbroker.core.crypto.internal.Sm2MessageVerifier;
import java.util.Objects;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * An SM2 public key (curve sm2p256v1). Verifies SM3withSM2 and encrypts for its owner. Equal when
 * the points are equal.
 *
 * <pre>{@code
 * Sm2PublicKey bank = KeyReader.sm2PublicKey(bankCertificatePem);
 * MessageVerifier verifier = bank.verifier(Sm2UserId.DEFAULT);
 * byte[] forBank = bank.encrypt(secret, Sm2CiphertextEncoding.C1C3C2_DER, RandomSource.secure());
 * }</pre>
 */
public final class Sm2PublicKey implements PublicKeyMaterial {

  private final ECPublicKeyParameters key;

  Sm2PublicKey(ECPublicKeyParameters key) {
    this.key = new ECPublicKeyParameters(key.getQ(), Sm2Domain.PARAMETERS);
  }

  @Override
  public SignatureAlgorithm signatureAlgorithm() {
    return SignatureAlgorithm.SM3_WITH_SM2;
  }

  @Override
  public MessageVerifier verifier() {
    return verifier(Sm2UserId.DEFAULT);
  }

  /** A thread-safe SM3withSM2 verifier for signatures made with {@code userId}. */
  public MessageVerifier verifier(Sm2UserId userId) {
    Objects.requireNonNull(userId, "userId");
    return new Sm2MessageVerifier(key, userId.bytes());
  }

  @Override
  public byte[] encrypt(byte[] plaintext, RandomSource random) {
    return encrypt(plaintext, Sm2CiphertextEncoding.C1C3C2_DER, random);
  }

  /** Encrypts a non-empty {@code plaintext} (C1C3C2, SM3) in {@code encoding}. */
  public byte[] encrypt(byte[] plaintext, Sm2CiphertextEncoding encoding, RandomSource random) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(encoding, "encoding");
    return Sm2Encryption.encrypt(key, plaintext, encoding, random.asSecureRandom());
  }

  @Override
  public String toPem() {
    return KeyEncoder.publicKeyPem(key);
  }

  @Override
  public String fingerprint() {
    return KeyEncoder.fingerprint(key);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sm2PublicKey that && key.getQ().equals(that.key.getQ());
  }

  @Override
  public int hashCode() {
    return key.getQ().hashCode();
  }

  @Override
  public String toString() {
    return "Sm2PublicKey[sm3:" + fingerprint().substring(0, 16) + "]";
  }
}
