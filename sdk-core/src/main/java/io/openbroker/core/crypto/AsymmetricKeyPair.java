package io.openbroker.core.crypto;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.Sm2Domain;
import java.math.BigInteger;
import java.util.Objects;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * A freshly generated key pair, for tests, the simulator and the CLI. Production keys are usually
 * issued by the bank's or the broker's key-management process and loaded with {@link KeyReader}.
 *
 * <pre>{@code
 * AsymmetricKeyPair pair = AsymmetricKeyPair.generateSm2(RandomSource.secure());
 * Files.writeString(Path.of("broker-sm2.pem"), pair.privateKey().toPem());
 * Files.writeString(Path.of("broker-sm2.pub.pem"), pair.publicKey().toPem());
 * }</pre>
 *
 * @param privateKey the private half; print-safe ({@code toString} is redacted)
 * @param publicKey the public half
 */
public record AsymmetricKeyPair(PrivateKeyMaterial privateKey, PublicKeyMaterial publicKey) {

  private static final BigInteger RSA_EXPONENT = BigInteger.valueOf(65_537);
  // Miller-Rabin certainty: error below 2^-128, more than the key's own strength.
  private static final int PRIME_CERTAINTY = 128;

  public AsymmetricKeyPair {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /**
   * A new SM2 key pair. With a seeded {@link RandomSource} the same seed gives the same pair: only
   * for tests.
   */
  public static AsymmetricKeyPair generateSm2(RandomSource random) {
    ECKeyPairGenerator generator = new ECKeyPairGenerator();
    generator.init(new ECKeyGenerationParameters(Sm2Domain.PARAMETERS, random.asSecureRandom()));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    Sm2PrivateKey key = new Sm2PrivateKey((ECPrivateKeyParameters) pair.getPrivate());
    return new AsymmetricKeyPair(key, key.publicKey());
  }

  /** A new RSA key pair of {@code bits} (at least 2048), public exponent 65537. */
  public static AsymmetricKeyPair generateRsa(RandomSource random, int bits) {
    if (bits < RsaPrivateKey.MIN_BITS) {
      throw new IllegalArgumentException("RSA keys need at least 2048 bits, got " + bits);
    }
    RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
    generator.init(
        new RSAKeyGenerationParameters(
            RSA_EXPONENT, random.asSecureRandom(), bits, PRIME_CERTAINTY));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    RsaPrivateKey key = new RsaPrivateKey((RSAPrivateCrtKeyParameters) pair.getPrivate());
    return new AsymmetricKeyPair(key, key.publicKey());
  }
}
