package io.openbroker.core.envelope.internal;

import java.nio.charset.StandardCharsets;

/**
 * Builds the UTF-8 string to sign of SPEC §6 straight into one exactly-sized {@code byte[]}: the
 * body is copied once and the ASCII header fields without intermediate strings, so that the
 * envelope costs little beyond the signature itself.
 *
 * <ul>
 *   <li>request: {@code METHOD\nPATH\nTIMESTAMP\nNONCE\nBODY\n}
 *   <li>response: {@code STATUS\nREQUEST_NONCE\nTIMESTAMP\nNONCE\nBODY\n}
 * </ul>
 */
public final class StringToSign {

  private static final byte NEWLINE = '\n';

  private StringToSign() {}

  /** The request's string to sign; {@code timestamp} is the header text, verbatim. */
  public static byte[] request(
      String method, String path, String timestamp, String nonce, byte[] body) {
    return join(method, path, timestamp, nonce, body);
  }

  /** The response's string to sign, which binds it to {@code requestNonce}. */
  public static byte[] response(
      int status, String requestNonce, String timestamp, String nonce, byte[] body) {
    return join(Integer.toString(status), requestNonce, timestamp, nonce, body);
  }

  private static byte[] join(String a, String b, String c, String d, byte[] body) {
    byte[] a8 = nonAscii(a);
    byte[] b8 = nonAscii(b);
    byte[] c8 = nonAscii(c);
    byte[] d8 = nonAscii(d);
    int length = length(a, a8) + length(b, b8) + length(c, c8) + length(d, d8) + body.length + 5;
    byte[] out = new byte[length];
    int at = put(a, a8, out, 0);
    at = put(b, b8, out, at);
    at = put(c, c8, out, at);
    at = put(d, d8, out, at);
    System.arraycopy(body, 0, out, at, body.length);
    out[at + body.length] = NEWLINE;
    return out;
  }

  /** Null when {@code s} is pure ASCII (the usual case: written char by char), else its UTF-8. */
  private static byte[] nonAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return s.getBytes(StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static int length(String s, byte[] utf8) {
    return utf8 == null ? s.length() : utf8.length;
  }

  private static int put(String s, byte[] utf8, byte[] out, int at) {
    int next = at;
    if (utf8 == null) {
      for (int i = 0; i < s.length(); i++) {
        out[next++] = (byte) s.charAt(i);
      }
    } else {
      System.arraycopy(utf8, 0, out, next, utf8.length);
      next += utf8.length;
    }
    out[next++] = NEWLINE;
    return next;
  }
}
