package io.openbroker.kyc.internal.flow;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A StringBuilder-like writer straight to UTF-8 bytes: the evidence payload is built on every step,
 * and going through a StringBuilder, a String and {@code getBytes} would copy it three times.
 */
final class JsonBytes {

  private byte[] bytes = new byte[256];
  private int length;

  JsonBytes append(String text) {
    int n = text.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return appendUtf8(text, i);
      }
      bytes[length++] = (byte) c;
    }
    return this;
  }

  JsonBytes append(char c) {
    return c < 0x80 ? appendByte((byte) c) : append(String.valueOf(c));
  }

  JsonBytes append(long value) {
    return append(Long.toString(value));
  }

  JsonBytes append(boolean value) {
    return append(value ? "true" : "false");
  }

  JsonBytes append(Object value) {
    return append(String.valueOf(value));
  }

  /** The bytes written, as a new array of exactly their length. */
  byte[] toBytes() {
    return Arrays.copyOf(bytes, length);
  }

  private JsonBytes appendUtf8(String text, int from) {
    byte[] rest = text.substring(from).getBytes(StandardCharsets.UTF_8);
    ensure(rest.length);
    System.arraycopy(rest, 0, bytes, length, rest.length);
    length += rest.length;
    return this;
  }

  private JsonBytes appendByte(byte b) {
    ensure(1);
    bytes[length++] = b;
    return this;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
