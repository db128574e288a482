package io.openbroker.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChainHashTest {

  private static final String HEX =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  @Test
  void copiesItsBytesIntoAnArrayAtAnOffsetAndNothingElse() {
    ChainHash hash = ChainHash.ofHex(HEX);
    byte[] into = new byte[40];
    Arrays.fill(into, (byte) 0x7f);

    hash.copyInto(into, 3);

    assertThat(Arrays.copyOfRange(into, 3, 35)).isEqualTo(hash.bytes());
    assertThat(Arrays.copyOfRange(into, 0, 3)).containsOnly((byte) 0x7f);
    assertThat(Arrays.copyOfRange(into, 35, 40)).containsOnly((byte) 0x7f);
    assertThat(hash.hex()).isEqualTo(HEX);
  }

  @Test
  void refusesAnArrayWithoutRoom() {
    ChainHash hash = ChainHash.ofHex(HEX);

    assertThatThrownBy(() -> hash.copyInto(new byte[40], 9))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
