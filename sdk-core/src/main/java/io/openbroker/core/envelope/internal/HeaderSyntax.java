package io.openbroker.core.envelope.internal;

/**
 * The syntax of the {@code OB-*} header values. Checked before any key lookup or crypto so that
 * junk is refused cheaply, and bounded so that the replay cache's entries stay small.
 */
public final class HeaderSyntax {

  /** 16 random bytes, the protocol's minimum, in hex. */
  public static final int MIN_NONCE_CHARS = 32;

  /** A generous bound (64 bytes) that keeps replay-cache entries small. */
  public static final int MAX_NONCE_CHARS = 128;

  private static final int MAX_KEY_ID_CHARS = 128;

  /** Epoch milliseconds fit in 13 digits until the year 2286; a long in 19. */
  private static final int MAX_TIMESTAMP_DIGITS = 18;

  private HeaderSyntax() {}

  /**
   * Whether {@code nonce} is 32 to 128 hex digits. Upper case is accepted (SPEC §6 says "hex"); our
   * signer always writes lower case.
   */
  public static boolean isNonce(String nonce) {
    if (nonce == null || nonce.length() < MIN_NONCE_CHARS || nonce.length() > MAX_NONCE_CHARS) {
      return false;
    }
    for (int i = 0; i < nonce.length(); i++) {
      char c = nonce.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (!hex) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code keyId} is 1 to 128 visible ASCII characters (no spaces, no line breaks). */
  public static boolean isKeyId(String keyId) {
    if (keyId == null || keyId.isEmpty() || keyId.length() > MAX_KEY_ID_CHARS) {
      return false;
    }
    for (int i = 0; i < keyId.length(); i++) {
      char c = keyId.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * The epoch milliseconds of a timestamp header, or -1 if it is not 1 to 18 ASCII digits. The
   * header text itself (not this number) goes into the string to sign.
   */
  public static long parseTimestamp(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_TIMESTAMP_DIGITS) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
