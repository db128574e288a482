package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OnboardCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new OpenBrokerCli())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  @Test
  void aBundledScenarioPrintsEveryRefusalWithRuleAndArticle() {
    int code = run("onboard", "--scenario", "one-way-face-match-fails");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("FACE_MATCH")
        .contains("REROUTE")
        .contains("CSDC-ART-18-4 (Art. 18)")
        .contains("rerouted: open by TWO_WAY_VIDEO, WITNESS, COUNTER")
        .contains("final state: REROUTED")
        .contains("as expected");
  }

  @Test
  void jsonOutputCarriesTheFinalStateAndRefusals() throws Exception {
    int code = run("onboard", "--scenario", "third-party-channel", "--json");

    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(code).isZero();
    assertThat(json.get("finalState").asText()).isEqualTo("REJECTED");
    assertThat(json.get("steps").get(0).get("refusals").get(0).get("ruleId").asText())
        .isEqualTo("CSDC-ART-5-OWN-CHANNEL");
    assertThat(json.get("steps").get(0).get("refusals").get(0).get("article").asInt()).isEqualTo(5);
    assertThat(json.get("steps").get(0).get("alternatives")).isEmpty();
  }

  @Test
  void listNamesTheBundledLibrary() {
    assertThat(run("onboard", "--list")).isZero();
    assertThat(out.toString()).contains("one-way-happy-path").contains("witness-happy-path");
  }

  @Test
  void aFileRunsAndAnUnmetExpectationExitsOne(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.json");
    Files.writeString(
        file,
        "{\"name\":\"mine\",\"method\":\"WITNESS\",\"steps\":"
            + "[{\"step\":\"happyPath\"}],\"expect\":{\"state\":\"REJECTED\"}}",
        StandardCharsets.UTF_8);

    assertThat(run("onboard", file.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("final state: ACTIVE").contains("NOT as expected");
  }

  @Test
  void aBadScenarioExitsTwoWithTheReason(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"name\":\"bad\",\"method\":\"BY_POST\"}", StandardCharsets.UTF_8);

    assertThat(run("onboard", file.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("KYC_SCENARIO_INVALID").contains("$.method");
  }

  @Test
  void aMissingFileExitsTwoWithOneLine(@TempDir Path dir) {
    CliRun missing = CliRun.of("onboard", dir.resolve("nope.json").toString());

    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.oneLineError()).as(missing.err()).isTrue();
    assertThat(missing.err()).startsWith("onboard: no such file: ").contains("nope.json");
  }

  @Test
  void theWholeLibraryRunsAsExpected() {
    assertThat(run("onboard", "--all")).isZero();
  }
}
