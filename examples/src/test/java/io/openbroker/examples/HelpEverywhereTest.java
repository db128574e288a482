package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpEverywhereTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "sim",
        "keys",
        "onboard",
        "bind",
        "transfer",
        "reverse",
        "query",
        "recon",
        "inbound"
      })
  void everySubcommandExplainsItselfWithHelp(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("Usage: openbroker " + command).contains("--help");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bind", "transfer", "reverse", "query", "recon", "keys", "onboard"})
  void aMissingRequiredOptionExitsTwoAndNamesIt(String command) {
    CliRun run = CliRun.of(command);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).containsPattern("Missing required (option|parameter|argument)");
  }

  @org.junit.jupiter.api.Test
  void theTopLevelHelpListsEverySubcommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.out())
        .contains(
            "demo",
            "sim",
            "keys",
            "onboard",
            "bind",
            "transfer",
            "reverse",
            "query",
            "recon",
            "inbound");
  }
}
