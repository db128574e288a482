package io.openbroker.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class Sm4GcmTest {

  private static final byte[] AAD = "investor.mobile".getBytes(StandardCharsets.UTF_8);
  private static final byte[] DATA = "13800138000".getBytes(StandardCharsets.UTF_8);

  private final Sm4Key key = Sm4Key.generate(RandomSource.seeded(1));
  private final Sm4Gcm gcm = new Sm4Gcm(key, RandomSource.seeded(2));

  @Test
  void roundTripsWithAad() {
    byte[] sealed = gcm.encrypt(DATA, AAD);
    assertThat(sealed).hasSize(Sm4Gcm.IV_BYTES + DATA.length + Sm4Gcm.TAG_BYTES);
    assertThat(gcm.decrypt(sealed, AAD)).isEqualTo(DATA);
    assertThat(gcm.decrypt(gcm.encrypt(new byte[0]))).isEmpty();
  }

  @Test
  void ivComesFromTheInjectedRandomSource() {
    byte[] expectedIv = RandomSource.seeded(3).nextBytes(Sm4Gcm.IV_BYTES);
    byte[] sealed = new Sm4Gcm(key, RandomSource.seeded(3)).encrypt(DATA, AAD);
    assertThat(Arrays.copyOf(sealed, Sm4Gcm.IV_BYTES)).isEqualTo(expectedIv);
  }

  @Test
  void freshIvPerMessage() {
    assertThat(gcm.encrypt(DATA, AAD)).isNotEqualTo(gcm.encrypt(DATA, AAD));
  }

  @Test
  void anyTamperingIsDecryptionFailed() {
    byte[] sealed = gcm.encrypt(DATA, AAD);
    for (int i : new int[] {0, Sm4Gcm.IV_BYTES, sealed.length - 1}) {
      byte[] tampered = sealed.clone();
      tampered[i] ^= 0x01;
      assertDecryptionFailed(() -> gcm.decrypt(tampered, AAD));
    }
    assertDecryptionFailed(
        () -> gcm.decrypt(sealed, "investor.name".getBytes(StandardCharsets.UTF_8)));
    assertDecryptionFailed(() -> gcm.decrypt(Arrays.copyOf(sealed, 20), AAD));
    Sm4Gcm otherKey = new Sm4Gcm(Sm4Key.generate(RandomSource.seeded(9)), RandomSource.seeded(2));
    assertDecryptionFailed(() -> otherKey.decrypt(sealed, AAD));
  }

  @Test
  void keysNeverPrint() {
    assertThat(key.toString()).isEqualTo("Sm4Key[redacted]");
    assertThat(gcm.toString()).doesNotContain(java.util.HexFormat.of().formatHex(key.bytes()));
  }

  @Test
  void rejectsKeysOfTheWrongLength() {
    assertThatThrownBy(() -> Sm4Key.of(new byte[15])).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertDecryptionFailed(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(CredentialException.class)
        .extracting(e -> ((CredentialException) e).code())
        .isEqualTo(CoreErrorCode.DECRYPTION_FAILED);
  }
}
