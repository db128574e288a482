package io.openbroker.core.crypto;

import static io.openbroker.core.crypto.CryptoFixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.CryptoSelfTest.Check;
import io.openbroker.core.crypto.internal.SelfTestVectors;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CryptoSelfTestTest {

  private final SelfTestVectors bundled = SelfTestVectors.bundled();

  @Test
  void passesEveryCheckWithTheBundledVectors() {
    assertThat(CryptoSelfTest.run(RandomSource.seeded(1))).containsExactly(Check.values());
  }

  @Test
  void bundledVectorsAreTheInteropFixtures() {
    // The script writes both from the same OpenSSL run; a stale copy would test the wrong thing.
    assertThat(bundled.bytes("sm2.signature")).isEqualTo(bytes("openssl-sm2.sig"));
    assertThat(bundled.bytes("message")).isEqualTo(bytes("message.txt"));
  }

  @Test
  void signatureUnderAnotherUserIdFailsNamingTheCheck() {
    SelfTestVectors wrongId = bundled.with("sm2.signature", bytes("openssl-sm2-custom-id.sig"));
    assertFails(wrongId, Check.SM2_SIGNATURE, "user ID");
  }

  @Test
  void signatureUnderOpenSslsEmptyDefaultIdIsDiagnosed() {
    SelfTestVectors emptyId = bundled.with("sm2.signature", bytes("openssl-sm2-empty-id.sig"));
    assertFails(emptyId, Check.SM2_SIGNATURE, "verifies only with an empty user ID");
  }

  @Test
  void ciphertextInTheWrongLayoutFailsNamingTheCheck() {
    SelfTestVectors raw = bundled.with("sm2.ciphertext.der", bytes("sdk-sm2.ct.raw"));
    assertFails(raw, Check.SM2_ENCRYPTION, "ciphertext order");
  }

  @Test
  void wrongSm3VectorFailsNamingTheCheck() {
    assertFails(bundled.with("sm3.hash", new byte[32]), Check.SM3, "GB/T 32905");
  }

  @Test
  void wrongRsaSignatureFailsNamingTheCheck() {
    byte[] signature = bundled.bytes("rsa.signature");
    signature[10] ^= 1;
    assertFails(bundled.with("rsa.signature", signature), Check.RSA_SIGNATURE, "SHA256withRSA");
  }

  private static void assertFails(SelfTestVectors vectors, Check check, String phrase) {
    assertThatThrownBy(
            () -> CryptoSelfTest.run(vectors, RandomSource.seeded(1), EnumSet.allOf(Check.class)))
        .isInstanceOf(InternalException.class)
        .hasMessageStartingWith(CoreErrorCode.CRYPTO_SELF_TEST_FAILED + ": " + check + ": ")
        .hasMessageContaining(phrase);
  }
}
