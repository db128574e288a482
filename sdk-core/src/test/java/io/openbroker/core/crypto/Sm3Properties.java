package io.openbroker.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * {@link Sm3Hash}'s one-shot, streaming and reuse paths against Bouncy Castle's digest used
 * directly: any message, fed in any pieces, hashes the same. Lengths up to three blocks and beyond
 * cover every padding case (the 0x80 byte and the 64-bit length in the same block or spilling into
 * the next).
 */
class Sm3Properties {

  @Property(tries = 1000)
  void hashesLikeBouncyCastle(@ForAll @Size(max = 300) byte[] message) {
    assertThat(Sm3Hash.of(message)).isEqualTo(reference(message));
  }

  @Property(tries = 500)
  void anySplitHashesLikeOneShot(
      @ForAll @Size(max = 400) byte[] message,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 130) Integer> pieces) {
    Sm3Hash running = Sm3Hash.streaming();
    int at = 0;
    for (int piece : pieces) {
      int n = Math.min(piece, message.length - at);
      running.update(message, at, n);
      at += n;
    }
    running.update(message, at, message.length - at);
    assertThat(running.digest()).isEqualTo(reference(message));
  }

  @Property(tries = 200)
  void aReusedInstanceForgetsThePreviousMessage(
      @ForAll @Size(max = 200) byte[] first, @ForAll @Size(max = 200) byte[] second) {
    Sm3Hash running = Sm3Hash.streaming();
    running.update(first).digest();
    assertThat(running.update(second).digest()).isEqualTo(reference(second));
  }

  @Property(tries = 20)
  void longMessagesHashLikeBouncyCastle(
      @ForAll @IntRange(min = 1_000, max = 70_000) int length, @ForAll byte fill) {
    byte[] message = new byte[length];
    for (int i = 0; i < length; i++) {
      message[i] = (byte) (fill + i * 31);
    }
    assertThat(Sm3Hash.of(message)).isEqualTo(reference(message));
  }

  private static byte[] reference(byte[] message) {
    SM3Digest digest = new SM3Digest();
    digest.update(message, 0, message.length);
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return out;
  }
}
