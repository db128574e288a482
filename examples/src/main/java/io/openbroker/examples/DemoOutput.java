package io.openbroker.examples;

import java.io.PrintWriter;
import picocli.CommandLine.Help.Ansi;

/**
 * The demo's console: one aligned line per step, colour on a terminal, and self-checks that stop
 * the demo when false.
 */
final class DemoOutput {

  private static final int WIDTH = 46;
  private final PrintWriter out;
  private final Ansi ansi;

  DemoOutput(PrintWriter out, Ansi ansi) {
    this.out = out;
    this.ansi = ansi;
  }

  void section(String title) {
    out.println();
    out.println(ansi.string("@|bold,cyan == " + escape(title) + "|@"));
    out.flush();
  }

  void step(String what, String result) {
    out.println("  " + pad(what, WIDTH) + " " + ansi.string("@|green " + escape(result) + "|@"));
    out.flush();
  }

  /** Pads to a terminal width: CJK characters take two columns, so String.format misaligns. */
  static String pad(String text, int width) {
    int columns = text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    return columns >= width ? text : text + " ".repeat(width - columns);
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }

  /** A supporting line under a step (a journal decision, a rule's text). */
  void detail(String text) {
    out.println(ansi.string("@|faint      " + escape(text) + "|@"));
    out.flush();
  }

  /** A demo that shows a wrong result must not exit 0. */
  void check(boolean condition, String expectation) {
    if (!condition) {
      throw new IllegalStateException("demo check failed: " + expectation);
    }
  }

  /** Picocli markup uses @| and |@; text shown as-is must not open or close a style. */
  private static String escape(String text) {
    return text.replace("@|", "@ |").replace("|@", "| @");
  }
}
