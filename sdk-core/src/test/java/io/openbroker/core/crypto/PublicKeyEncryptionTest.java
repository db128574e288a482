package io.openbroker.core.crypto;

import static io.openbroker.core.crypto.CryptoFixtures.bytes;
import static io.openbroker.core.crypto.CryptoFixtures.secret;
import static io.openbroker.core.crypto.CryptoFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.OpenBrokerException;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.Pem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.api.Test;

class PublicKeyEncryptionTest {

  private final Sm2PrivateKey sm2 = KeyReader.sm2PrivateKey(text("sm2-private.pem"));
  private final RsaPrivateKey rsa = KeyReader.rsaPrivateKey(text("rsa-private.pem"));
  private final RandomSource random = RandomSource.seeded(11);

  @Test
  void rawAndDerCarryTheSameParts() {
    byte[] raw = sm2.publicKey().encrypt(secret(), Sm2CiphertextEncoding.C1C3C2_RAW, random);
    assertThat(raw).hasSize(1 + 64 + 32 + secret().length);
    assertThat(raw[0]).isEqualTo((byte) 0x04);
    byte[] der = sm2.publicKey().encrypt(secret(), Sm2CiphertextEncoding.C1C3C2_DER, random);
    assertThat(der[0]).isEqualTo((byte) 0x30);
    assertThat(sm2.decrypt(der)).isEqualTo(secret());
    assertThat(sm2.decrypt(raw, Sm2CiphertextEncoding.C1C3C2_RAW)).isEqualTo(secret());
  }

  /**
   * The SDK assembles SM2 encryption from curve arithmetic (for a cached comb table of the
   * recipient's key): for the same random scalar its bytes must equal Bouncy Castle's engine's, for
   * plaintexts shorter than, equal to and longer than one SM3 block of key stream.
   */
  @Test
  void encryptionEqualsBouncyCastlesEngineForTheSameRandomness() throws Exception {
    ECPublicKeyParameters key =
        (ECPublicKeyParameters)
            PublicKeyFactory.createKey(
                Pem.read(text("sm2-public.pem"), CoreErrorCode.KEY_MALFORMED).getContent());
    for (int length : new int[] {1, 6, 31, 32, 33, 64, 100}) {
      byte[] plaintext = RandomSource.seeded(length).nextBytes(length);
      SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
      engine.init(true, new ParametersWithRandom(key, RandomSource.seeded(99).asSecureRandom()));
      byte[] expected = engine.processBlock(plaintext, 0, length);
      byte[] ours =
          sm2.publicKey()
              .encrypt(plaintext, Sm2CiphertextEncoding.C1C3C2_RAW, RandomSource.seeded(99));
      assertThat(ours).as("length %d", length).isEqualTo(expected);
      assertThat(sm2.decrypt(ours, Sm2CiphertextEncoding.C1C3C2_RAW)).isEqualTo(plaintext);
    }
  }

  @Test
  void theWrongEncodingIsDecryptionFailed() {
    byte[] openssl = bytes("openssl-sm2.ct.der");
    assertFails(() -> sm2.decrypt(openssl, Sm2CiphertextEncoding.C1C3C2_RAW));
    assertFails(() -> sm2.decrypt(bytes("sdk-sm2.ct.raw"), Sm2CiphertextEncoding.C1C3C2_DER));
  }

  @Test
  void tamperingIsDecryptionFailed() {
    byte[] der = bytes("openssl-sm2.ct.der");
    byte[] tampered = der.clone();
    tampered[tampered.length - 1] ^= 1; // last byte of C2
    assertFails(() -> sm2.decrypt(tampered));
    byte[] rsaCiphertext = bytes("openssl-rsa-oaep.ct");
    rsaCiphertext[0] ^= 1;
    assertFails(() -> rsa.decrypt(rsaCiphertext));
  }

  @Test
  void theWrongKeyIsDecryptionFailed() {
    Sm2PrivateKey other = (Sm2PrivateKey) AsymmetricKeyPair.generateSm2(random).privateKey();
    assertFails(() -> other.decrypt(bytes("openssl-sm2.ct.der")));
  }

  @Test
  void rsaOaepRefusesOversizedPlaintext() {
    assertThat(rsa.decrypt(rsa.publicKey().encrypt(new byte[190], random))).hasSize(190);
    assertThatThrownBy(() -> rsa.publicKey().encrypt(new byte[191], random))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ENCRYPTION_FAILED");
  }

  @Test
  void sm2RefusesEmptyPlaintext() {
    assertThatThrownBy(() -> sm2.publicKey().encrypt(new byte[0], random))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertFails(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(OpenBrokerException.class)
        .extracting(e -> ((OpenBrokerException) e).code())
        .isEqualTo(CoreErrorCode.DECRYPTION_FAILED);
  }
}
