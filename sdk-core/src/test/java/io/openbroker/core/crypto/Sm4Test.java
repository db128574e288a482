package io.openbroker.core.crypto;

import static io.openbroker.core.crypto.CryptoFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.crypto.internal.Sm4Block;
import io.openbroker.core.crypto.internal.Sm4GcmCipher;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** GB/T 32907-2016 SM4 examples and the RFC 8998 SM4-GCM vector. */
class Sm4Test {

  @Test
  void encryptsTheStandardBlock() {
    assertThat(Sm4Block.encrypt(vector("sm4.key"), vector("sm4.plaintext"), 1))
        .isEqualTo(vector("sm4.ciphertext"));
  }

  @Test
  void encryptsTheStandardBlockOneMillionTimes() {
    assertThat(Sm4Block.encrypt(vector("sm4.key"), vector("sm4.plaintext"), 1_000_000))
        .isEqualTo(vector("sm4.ciphertext.million"));
  }

  @Test
  void sealsTheRfc8998GcmVector() {
    byte[] sealed =
        Sm4GcmCipher.seal(
            vector("sm4gcm.key"),
            vector("sm4gcm.iv"),
            vector("sm4gcm.plaintext"),
            vector("sm4gcm.aad"));
    byte[] ciphertext = vector("sm4gcm.ciphertext");
    assertThat(Arrays.copyOf(sealed, ciphertext.length)).isEqualTo(ciphertext);
    assertThat(Arrays.copyOfRange(sealed, ciphertext.length, sealed.length))
        .isEqualTo(vector("sm4gcm.tag"));
  }

  @Test
  void opensTheRfc8998GcmVector() {
    byte[] ciphertext = vector("sm4gcm.ciphertext");
    byte[] tag = vector("sm4gcm.tag");
    byte[] sealed = Arrays.copyOf(ciphertext, ciphertext.length + tag.length);
    System.arraycopy(tag, 0, sealed, ciphertext.length, tag.length);
    assertThat(
            Sm4GcmCipher.open(
                vector("sm4gcm.key"), vector("sm4gcm.iv"), sealed, vector("sm4gcm.aad")))
        .isEqualTo(vector("sm4gcm.plaintext"));
  }
}
