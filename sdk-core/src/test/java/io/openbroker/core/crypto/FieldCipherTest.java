package io.openbroker.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.RandomSource;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private static final String ID_NUMBER = "110101199003074514";
  private static final String COLUMN = "investor.id_number";

  private final Sm4Key oldKey = Sm4Key.generate(RandomSource.seeded(1));
  private final Sm4Key newKey = Sm4Key.generate(RandomSource.seeded(2));
  private final KeyProvider before = KeyProvider.of("pii-1", Map.of("pii-1", oldKey));
  private final KeyProvider after =
      KeyProvider.of("pii-2", Map.of("pii-1", oldKey, "pii-2", newKey));

  @Test
  void roundTripsAndNamesItsKey() {
    FieldCipher cipher = new FieldCipher(before, RandomSource.seeded(3));
    String token = cipher.encrypt(ID_NUMBER, COLUMN);
    assertThat(token).startsWith("ob1.pii-1.").doesNotContain(ID_NUMBER);
    assertThat(token.split("\\.")).hasSize(4);
    assertThat(cipher.decrypt(token, COLUMN)).isEqualTo(ID_NUMBER);
  }

  @Test
  void keyRotationKeepsOldTokensReadableAndReEncrypts() {
    String old = new FieldCipher(before, RandomSource.seeded(3)).encrypt(ID_NUMBER, COLUMN);
    FieldCipher rotated = new FieldCipher(after, RandomSource.seeded(4));
    assertThat(rotated.decrypt(old, COLUMN)).isEqualTo(ID_NUMBER);
    assertThat(rotated.needsRotation(old)).isTrue();
    String fresh = rotated.rotate(old, COLUMN);
    assertThat(fresh).startsWith("ob1.pii-2.");
    assertThat(rotated.needsRotation(fresh)).isFalse();
    assertThat(rotated.rotate(fresh, COLUMN)).isSameAs(fresh);
    assertThat(rotated.decrypt(fresh, COLUMN)).isEqualTo(ID_NUMBER);
  }

  @Test
  void tokenIsBoundToItsContext() {
    FieldCipher cipher = new FieldCipher(before, RandomSource.seeded(3));
    String token = cipher.encrypt(ID_NUMBER, COLUMN);
    assertDecryptionFailed(() -> cipher.decrypt(token, "investor.bank_card"));
  }

  @Test
  void changingTheKeyIdInTheTokenFails() {
    String token = new FieldCipher(after, RandomSource.seeded(3)).encrypt(ID_NUMBER, COLUMN);
    FieldCipher cipher = new FieldCipher(after, RandomSource.seeded(3));
    assertDecryptionFailed(() -> cipher.decrypt(token.replace("pii-2", "pii-1"), COLUMN));
  }

  @Test
  void unknownKeyAndMalformedTokensFailWithoutEchoingData() {
    String token = new FieldCipher(after, RandomSource.seeded(3)).encrypt(ID_NUMBER, COLUMN);
    FieldCipher withoutNewKey = new FieldCipher(before, RandomSource.seeded(3));
    assertDecryptionFailed(() -> withoutNewKey.decrypt(token, COLUMN));
    assertDecryptionFailed(() -> withoutNewKey.decrypt(ID_NUMBER, COLUMN));
    assertDecryptionFailed(() -> withoutNewKey.decrypt("ob1.pii-1.AAAA.AAAA", COLUMN));
    assertDecryptionFailed(() -> withoutNewKey.decrypt("ob2.pii-1.x.y", COLUMN));
    assertDecryptionFailed(() -> withoutNewKey.decrypt("ob1.pii-1.!!!.???", COLUMN));
    assertThatThrownBy(() -> withoutNewKey.decrypt(ID_NUMBER, COLUMN))
        .hasMessageNotContaining(ID_NUMBER);
  }

  @Test
  void keyProviderRejectsBadConfiguration() {
    assertThatThrownBy(() -> KeyProvider.of("missing", Map.of("pii-1", oldKey)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyProvider.of("a.b", Map.of("a.b", oldKey)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertDecryptionFailed(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(CredentialException.class)
        .extracting(e -> ((CredentialException) e).code())
        .isEqualTo(CoreErrorCode.DECRYPTION_FAILED);
  }
}
