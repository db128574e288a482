package io.openbroker.core.crypto;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.KeyEncoder;
import io.openbroker.core.crypto.internal.RsaMessageVerifier;
import io.openbroker.core.crypto.internal.RsaOaep;
import java.util.Objects;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/**
 * An RSA public key of at least 2048 bits. Verifies SHA256withRSA and encrypts RSA-OAEP (SHA-256,
 * MGF1-SHA-256). Equal when modulus and exponent are equal.
 *
 * <pre>{@code
 * RsaPublicKey bank = KeyReader.rsaPublicKey(bankCertificatePem);
 * boolean ok = bank.verifier().verify(message, signature);
 * }</pre>
 */
public final class RsaPublicKey implements PublicKeyMaterial {

  private final RSAKeyParameters key;

  RsaPublicKey(RSAKeyParameters key) {
    this.key = key;
  }

  /** The modulus length in bits. */
  public int bits() {
    return key.getModulus().bitLength();
  }

  @Override
  public SignatureAlgorithm signatureAlgorithm() {
    return SignatureAlgorithm.SHA256_WITH_RSA;
  }

  @Override
  public MessageVerifier verifier() {
    return new RsaMessageVerifier(key);
  }

  /**
   * RSA-OAEP (SHA-256, MGF1-SHA-256, empty label); at most {@code bits()/8 - 66} bytes, else
   * ENCRYPTION_FAILED.
   */
  @Override
  public byte[] encrypt(byte[] plaintext, RandomSource random) {
    Objects.requireNonNull(plaintext, "plaintext");
    return RsaOaep.encrypt(key, plaintext, random.asSecureRandom());
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
    return other instanceof RsaPublicKey that
        && key.getModulus().equals(that.key.getModulus())
        && key.getExponent().equals(that.key.getExponent());
  }

  @Override
  public int hashCode() {
    return key.getModulus().hashCode();
  }

  @Override
  public String toString() {
    return "RsaPublicKey[" + bits() + " bits, sm3:" + fingerprint().substring(0, 16) + "]";
  }
}
