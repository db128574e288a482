package io.openbroker.examples;

import java.io.PrintWriter;
import java.util.Locale;

/** The demo's console: one aligned line per step, and self-checks that stop the demo when false. */
final class DemoOutput {

  private final PrintWriter out;

  DemoOutput(PrintWriter out) {
    this.out = out;
  }

  void section(String title) {
    out.println();
    out.println("== " + title);
    out.flush();
  }

  void step(String what, String result) {
    out.println(String.format(Locale.ROOT, "  %-44s %s", what, result));
    out.flush();
  }

  /** A demo that shows a wrong result must not exit 0. */
  void check(boolean condition, String expectation) {
    if (!condition) {
      throw new IllegalStateException("demo check failed: " + expectation);
    }
  }
}
