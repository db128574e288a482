package io.openbroker.core.crypto;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.KeyEncoder;
import io.openbroker.core.crypto.internal.RsaMessageSigner;
import io.openbroker.core.crypto.internal.RsaOaep;
import java.util.Objects;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * An RSA private key of at least 2048 bits (CRT form). Signs SHA256withRSA and decrypts RSA-OAEP
 * (SHA-256, MGF1-SHA-256).
 *
 * <pre>{@code
 * RsaPrivateKey key = KeyReader.rsaPrivateKey(pem);
 * MessageSigner signer = key.signer(RandomSource.secure());
 * }</pre>
 */
public final class RsaPrivateKey implements PrivateKeyMaterial {

  /** The smallest modulus accepted, in bits. */
  public static final int MIN_BITS = 2048;

  private final RSAPrivateCrtKeyParameters key;

  RsaPrivateKey(RSAPrivateCrtKeyParameters key) {
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

  /** A thread-safe SHA256withRSA signer; {@code random} only blinds (signatures are unchanged). */
  @Override
  public MessageSigner signer(RandomSource random) {
    return new RsaMessageSigner(key, random.asSecureRandom());
  }

  @Override
  public RsaPublicKey publicKey() {
    return new RsaPublicKey(new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent()));
  }

  /** Decrypts RSA-OAEP (SHA-256, MGF1-SHA-256, empty label); failure is DECRYPTION_FAILED. */
  @Override
  public byte[] decrypt(byte[] ciphertext) {
    Objects.requireNonNull(ciphertext, "ciphertext");
    return RsaOaep.decrypt(key, ciphertext);
  }

  @Override
  public String toPem() {
    return KeyEncoder.privateKeyPem(key);
  }

  @Override
  public String toString() {
    return "RsaPrivateKey[" + bits() + " bits, redacted]";
  }
}
