package io.openbroker.core.crypto;

import static io.openbroker.core.crypto.CryptoFixtures.vector;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** GB/T 32905-2016 examples (checked against OpenSSL by the fixture script). */
class Sm3HashTest {

  @Test
  void hashesTheStandardAbcExample() {
    assertThat(Sm3Hash.of(vector("sm3.abc.input"))).isEqualTo(vector("sm3.abc.hash"));
  }

  @Test
  void hashesTheStandardSixtyFourByteExample() {
    byte[] input = vector("sm3.abcd16.input");
    assertThat(input).hasSize(64);
    assertThat(Sm3Hash.of(input)).isEqualTo(vector("sm3.abcd16.hash"));
  }

  @Test
  void streamingInPiecesEqualsOneShot() throws Exception {
    byte[] input = vector("sm3.abcd16.input");
    Sm3Hash running = Sm3Hash.streaming();
    running.update(Arrays.copyOfRange(input, 0, 5));
    running.update(input, 5, 30);
    running.update(ByteBuffer.allocateDirect(29).put(input, 35, 29).flip());
    assertThat(running.digest()).isEqualTo(vector("sm3.abcd16.hash"));
    assertThat(Sm3Hash.of(new ByteArrayInputStream(input))).isEqualTo(vector("sm3.abcd16.hash"));
  }

  @Test
  void digestResetsForTheNextMessage() {
    Sm3Hash running = Sm3Hash.streaming().update(vector("sm3.abcd16.input"));
    running.digest();
    assertThat(running.update(vector("sm3.abc.input")).digest()).isEqualTo(vector("sm3.abc.hash"));
  }
}
