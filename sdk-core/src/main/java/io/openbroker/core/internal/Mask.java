package io.openbroker.core.internal;

/**
 * Masks personal data for {@code toString}, logs and messages: keeps a few leading and trailing
 * characters and replaces the rest with {@code *}, one star per hidden character.
 */
public final class Mask {

  private Mask() {}

  /**
   * Keeps the first {@code head} and last {@code tail} characters of {@code clear}. When the value
   * is too short to hide at least {@code minHidden} characters, fewer are kept (tail first, then
   * head) so that at least that many are hidden.
   */
  public static String keep(String clear, int head, int tail, int minHidden) {
    int length = clear.length();
    int keepTail = Math.max(0, Math.min(tail, length - minHidden));
    int keepHead = Math.max(0, Math.min(head, length - minHidden - keepTail));
    return clear.substring(0, keepHead)
        + "*".repeat(length - keepHead - keepTail)
        + clear.substring(length - keepTail);
  }

  /** The first character (a whole code point, so 𠮷 stays intact) followed by one {@code *}. */
  public static String firstCodePoint(String clear) {
    if (clear.isEmpty()) {
      return "*";
    }
    return new StringBuilder().appendCodePoint(clear.codePointAt(0)).append('*').toString();
  }
}
