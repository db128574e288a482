package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class DemoOutputTest {

  @Test
  void aFailedCheckStopsTheDemoNamingTheExpectation() {
    DemoOutput out = new DemoOutput(new PrintWriter(new StringWriter()), Ansi.OFF);

    assertThatThrownBy(() -> out.check(false, "the books agree"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("demo check failed: the books agree");
  }

  @Test
  void chineseLabelsAlignWithLatinOnesOnATerminal() {
    // Each CJK character takes two terminal columns.
    assertThat(DemoOutput.pad("sign-in (签到)", 20)).isEqualTo("sign-in (签到)" + " ".repeat(6));
    assertThat(DemoOutput.pad("sign-in", 20)).hasSize(20);
  }

  @Test
  void colourIsOffWhenTheOutputIsNotATerminalAndMarkupInDataIsShownAsIs() {
    StringWriter text = new StringWriter();
    DemoOutput out = new DemoOutput(new PrintWriter(text), Ansi.OFF);

    out.step("label", "a |@ b @| c");

    assertThat(text.toString()).doesNotContain("\u001b[").contains("a | @ b @ | c");
  }
}
