package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

  @Test
  void demoRunsTheCoreTourAndShowsEachRefusalWithItsCode() {
    StringWriter text = new StringWriter();
    CommandLine cli = new CommandLine(new OpenBrokerCli());
    cli.setOut(new PrintWriter(text));

    int exit = cli.execute("demo");

    assertThat(exit).isZero();
    assertThat(text.toString())
        .contains("100.1 + 0.99 = 101.09 CNY (10109 fen)")
        .contains("refused: MONEY_TOO_MANY_DECIMALS")
        .contains("1101**********002X")
        .doesNotContain("11010519491231002X")
        .contains("refused: ID_NUMBER_INVALID")
        .contains("refused: ENVELOPE_REPLAYED")
        .contains("refused: SIGNATURE_INVALID")
        .contains("EDITED at record 1");
  }
}
