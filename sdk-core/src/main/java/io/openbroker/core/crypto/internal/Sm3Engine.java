package io.openbroker.core.crypto.internal;

import java.util.Objects;

/**
 * SM3 (GB/T 32905-2016) written for the evidence chain's hot path, where every step of every
 * onboarding application hashes a few hundred bytes: blocks are read straight from the caller's
 * array (no word-at-a-time buffering), the state lives in fields that are reused after {@link
 * #doFinal}, and the rounds are unrolled four at a time so that the eight working words rotate by
 * renaming instead of by copying. Checked against the standard's vectors and, by property, against
 * Bouncy Castle's {@code SM3Digest} for arbitrary inputs split arbitrarily. Not thread-safe.
 */
public final class Sm3Engine {

  /** Length of an SM3 hash in bytes. */
  public static final int LENGTH = 32;

  private static final int BLOCK = 64;

  private static final int[] IV = {
    0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e
  };

  /**
   * Copied over the padding: an intrinsic array copy, where {@code Arrays.fill} of a short byte
   * range is a plain loop on JDK 17.
   */
  private static final byte[] ZEROS = new byte[BLOCK];

  /** T_j rotated left by j mod 32, as each round adds it. */
  private static final int[] T = new int[64];

  static {
    for (int j = 0; j < 64; j++) {
      T[j] = Integer.rotateLeft(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32);
    }
  }

  private final int[] v = IV.clone();
  private final int[] w = new int[68];
  private final byte[] pending = new byte[BLOCK];
  private int pendingLength;
  private long total;

  /** Adds {@code length} bytes of {@code data} from {@code offset}. */
  public void update(byte[] data, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, data.length);
    total += length;
    int end = offset + length;
    int at = offset;
    if (pendingLength > 0) {
      int n = Math.min(BLOCK - pendingLength, length);
      System.arraycopy(data, at, pending, pendingLength, n);
      pendingLength += n;
      at += n;
      if (pendingLength < BLOCK) {
        return;
      }
      compress(pending, 0);
      pendingLength = 0;
    }
    for (; end - at >= BLOCK; at += BLOCK) {
      compress(data, at);
    }
    System.arraycopy(data, at, pending, 0, end - at);
    pendingLength = end - at;
  }

  /** Writes the hash of everything added into {@code out} at {@code offset}, then resets. */
  public void doFinal(byte[] out, int offset) {
    Objects.checkFromIndexSize(offset, LENGTH, out.length);
    long bits = total << 3;
    pending[pendingLength++] = (byte) 0x80;
    if (pendingLength > BLOCK - Long.BYTES) {
      System.arraycopy(ZEROS, 0, pending, pendingLength, BLOCK - pendingLength);
      compress(pending, 0);
      pendingLength = 0;
    }
    System.arraycopy(ZEROS, 0, pending, pendingLength, BLOCK - Long.BYTES - pendingLength);
    for (int i = 0; i < Long.BYTES; i++) {
      pending[BLOCK - 1 - i] = (byte) (bits >>> (8 * i));
    }
    compress(pending, 0);
    for (int i = 0; i < 8; i++) {
      int x = v[i];
      out[offset + 4 * i] = (byte) (x >>> 24);
      out[offset + 4 * i + 1] = (byte) (x >>> 16);
      out[offset + 4 * i + 2] = (byte) (x >>> 8);
      out[offset + 4 * i + 3] = (byte) x;
    }
    reset();
  }

  /** Forgets everything added. */
  public void reset() {
    System.arraycopy(IV, 0, v, 0, 8);
    pendingLength = 0;
    total = 0;
  }

  private void compress(byte[] block, int offset) {
    expand(block, offset);
    int[] s = v;
    // Kept whole for the JIT (split across methods it ran ~7 % slower), hence two declarations.
    int a = s[0], b = s[1], c = s[2], d = s[3];
    int e = s[4], f = s[5], g = s[6], h = s[7];
    int[] x = w;
    // Rounds 0-15 (FF, GG: XOR), six lines a round; roles shift by one word a round, back in four.
    for (int j = 0; j < 16; j += 4) {
      int a12 = Integer.rotateLeft(a, 12);
      int ss1 = Integer.rotateLeft(a12 + e + T[j], 7);
      d = (a ^ b ^ c) + d + (ss1 ^ a12) + (x[j] ^ x[j + 4]);
      h = p0((e ^ f ^ g) + h + ss1 + x[j]);
      b = Integer.rotateLeft(b, 9);
      f = Integer.rotateLeft(f, 19);
      a12 = Integer.rotateLeft(d, 12);
      ss1 = Integer.rotateLeft(a12 + h + T[j + 1], 7);
      c = (d ^ a ^ b) + c + (ss1 ^ a12) + (x[j + 1] ^ x[j + 5]);
      g = p0((h ^ e ^ f) + g + ss1 + x[j + 1]);
      a = Integer.rotateLeft(a, 9);
      e = Integer.rotateLeft(e, 19);
      a12 = Integer.rotateLeft(c, 12);
      ss1 = Integer.rotateLeft(a12 + g + T[j + 2], 7);
      b = (c ^ d ^ a) + b + (ss1 ^ a12) + (x[j + 2] ^ x[j + 6]);
      f = p0((g ^ h ^ e) + f + ss1 + x[j + 2]);
      d = Integer.rotateLeft(d, 9);
      h = Integer.rotateLeft(h, 19);
      a12 = Integer.rotateLeft(b, 12);
      ss1 = Integer.rotateLeft(a12 + f + T[j + 3], 7);
      a = (b ^ c ^ d) + a + (ss1 ^ a12) + (x[j + 3] ^ x[j + 7]);
      e = p0((f ^ g ^ h) + e + ss1 + x[j + 3]);
      c = Integer.rotateLeft(c, 9);
      g = Integer.rotateLeft(g, 19);
    }
    // Rounds 16-63: FF is majority, GG is choose.
    for (int j = 16; j < 64; j += 4) {
      int a12 = Integer.rotateLeft(a, 12);
      int ss1 = Integer.rotateLeft(a12 + e + T[j], 7);
      d = maj(a, b, c) + d + (ss1 ^ a12) + (x[j] ^ x[j + 4]);
      h = p0(ch(e, f, g) + h + ss1 + x[j]);
      b = Integer.rotateLeft(b, 9);
      f = Integer.rotateLeft(f, 19);
      a12 = Integer.rotateLeft(d, 12);
      ss1 = Integer.rotateLeft(a12 + h + T[j + 1], 7);
      c = maj(d, a, b) + c + (ss1 ^ a12) + (x[j + 1] ^ x[j + 5]);
      g = p0(ch(h, e, f) + g + ss1 + x[j + 1]);
      a = Integer.rotateLeft(a, 9);
      e = Integer.rotateLeft(e, 19);
      a12 = Integer.rotateLeft(c, 12);
      ss1 = Integer.rotateLeft(a12 + g + T[j + 2], 7);
      b = maj(c, d, a) + b + (ss1 ^ a12) + (x[j + 2] ^ x[j + 6]);
      f = p0(ch(g, h, e) + f + ss1 + x[j + 2]);
      d = Integer.rotateLeft(d, 9);
      h = Integer.rotateLeft(h, 19);
      a12 = Integer.rotateLeft(b, 12);
      ss1 = Integer.rotateLeft(a12 + f + T[j + 3], 7);
      a = maj(b, c, d) + a + (ss1 ^ a12) + (x[j + 3] ^ x[j + 7]);
      e = p0(ch(f, g, h) + e + ss1 + x[j + 3]);
      c = Integer.rotateLeft(c, 9);
      g = Integer.rotateLeft(g, 19);
    }
    s[0] ^= a;
    s[1] ^= b;
    s[2] ^= c;
    s[3] ^= d;
    s[4] ^= e;
    s[5] ^= f;
    s[6] ^= g;
    s[7] ^= h;
  }

  /** Message expansion: W_0..W_67 (W'_j = W_j ^ W_{j+4} is formed in the rounds). */
  private void expand(byte[] block, int offset) {
    int[] x = w;
    for (int i = 0; i < 16; i++) {
      int at = offset + 4 * i;
      x[i] =
          (block[at] << 24)
              | ((block[at + 1] & 0xff) << 16)
              | ((block[at + 2] & 0xff) << 8)
              | (block[at + 3] & 0xff);
    }
    for (int j = 16; j < 68; j++) {
      int t = x[j - 16] ^ x[j - 9] ^ Integer.rotateLeft(x[j - 3], 15);
      x[j] =
          (t ^ Integer.rotateLeft(t, 15) ^ Integer.rotateLeft(t, 23))
              ^ Integer.rotateLeft(x[j - 13], 7)
              ^ x[j - 6];
    }
  }

  private static int p0(int x) {
    return x ^ Integer.rotateLeft(x, 9) ^ Integer.rotateLeft(x, 17);
  }

  private static int maj(int x, int y, int z) {
    return (x & y) | (z & (x | y));
  }

  private static int ch(int x, int y, int z) {
    return (x & y) | (~x & z);
  }
}
