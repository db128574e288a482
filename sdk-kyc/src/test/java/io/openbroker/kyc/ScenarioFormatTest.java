package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.InvalidInputException;
import io.openbroker.kyc.scenario.ScenarioReport;
import io.openbroker.kyc.scenario.ScenarioRunner;
import io.openbroker.kyc.scenario.Scenarios;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScenarioFormatTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aWrongExpectationIsReportedAsMismatch() {
    ScenarioReport report =
        ScenarioRunner.run(
            Scenarios.parse(
                utf8(
                    "{\"name\":\"x\",\"method\":\"WITNESS\",\"steps\":[{\"step\":\"happyPath\"}],"
                        + "\"expect\":{\"state\":\"REJECTED\",\"refusedBy\":[\"CSDC-ART-7-TRAINED\"]}}")));

    assertThat(report.finalState()).isEqualTo(ApplicationState.ACTIVE);
    assertThat(report.mismatches()).hasSize(2);
    assertThat(report.asExpected()).isFalse();
  }

  @Test
  void anUnknownStepIsRefusedNamingItsPath() {
    assertThatThrownBy(
            () ->
                Scenarios.parse(
                    utf8(
                        "{\"name\":\"x\",\"method\":\"WITNESS\",\"steps\":[{\"step\":\"register\"},"
                            + "{\"step\":\"teleport\"}]}")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("KYC_SCENARIO_INVALID")
        .hasMessageContaining("$.steps[1].step");
  }

  @Test
  void anUnknownEnumValueIsRefusedNamingItsPath() {
    assertThatThrownBy(
            () -> Scenarios.parse(utf8("{\"name\":\"x\",\"method\":\"BY_POST\",\"steps\":[]}")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.method");
  }

  @Test
  void malformedJsonIsRefused() {
    assertThatThrownBy(() -> Scenarios.parse(utf8("{\"name\":")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void anUnknownBundledNameIsRefused() {
    assertThatThrownBy(() -> Scenarios.bundled("nope")).isInstanceOf(InvalidInputException.class);
  }
}
