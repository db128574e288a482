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
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
