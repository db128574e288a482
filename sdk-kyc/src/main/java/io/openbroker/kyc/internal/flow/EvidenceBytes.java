package io.openbroker.kyc.internal.flow;

import io.openbroker.kyc.MediaDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the evidence payload's binary fields into one growing array: fixed-width big-endian
 * numbers, one-byte codes, strings with a one-byte length, raw 32-byte digests. ASCII strings
 * (application ids, most event and staff ids) are copied char by char without an encoder.
 */
final class EvidenceBytes {

  /** Most payloads are 25–65 bytes; one with two media digests grows once. */
  private byte[] bytes = new byte[80];

  private int size;

  EvidenceBytes u8(int value) {
    if (value < 0 || value > 0xff) {
      throw new IllegalArgumentException("does not fit one byte: " + value);
    }
    room(1);
    bytes[size++] = (byte) value;
    return this;
  }

  EvidenceBytes u32(long value) {
    if (value < 0 || value > 0xffff_ffffL) {
      throw new IllegalArgumentException("does not fit four bytes: " + value);
    }
    return i32((int) value);
  }

  EvidenceBytes i32(int value) {
    room(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  EvidenceBytes i64(long value) {
    room(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  EvidenceBytes raw(byte[] value) {
    room(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
    return this;
  }

  /** UTF-8 after a one-byte length: every string written is bounded well below 255 bytes. */
  EvidenceBytes text(String value) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) >= 0x80) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return u8(utf8.length).raw(utf8);
      }
    }
    u8(length);
    room(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) value.charAt(i);
    }
    return this;
  }

  /** The digest's 32 bytes, parsed from its hex (the API's form of a digest). */
  EvidenceBytes digest(MediaDigest digest) {
    String hex = digest.hex();
    room(32);
    for (int i = 0; i < 64; i += 2) {
      bytes[size++] = (byte) (digit(hex.charAt(i)) << 4 | digit(hex.charAt(i + 1)));
    }
    return this;
  }

  private static int digit(char c) {
    return c <= '9' ? c - '0' : c - 'a' + 10;
  }

  /** The bytes written. */
  byte[] toBytes() {
    return Arrays.copyOf(bytes, size);
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
