package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.kyc.scenario.ScenarioReport;
import io.openbroker.kyc.scenario.ScenarioRunner;
import io.openbroker.kyc.scenario.Scenarios;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario runs and does exactly what its file says it does. */
class ScenarioLibraryTest {

  static Stream<String> names() {
    return Scenarios.bundledNames().stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void bundledScenarioEndsAsItsFileExpects(String name) {
    ScenarioReport report = ScenarioRunner.run(Scenarios.bundled(name));

    assertThat(report.mismatches()).as(name + ": " + report.steps()).isEmpty();
    assertThat(report.chainValid()).isTrue();
    assertThat(report.evidenceRecords()).isGreaterThanOrEqualTo(report.steps().size());
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyRefusalIsOrderedByArticle(String name) {
    ScenarioReport report = ScenarioRunner.run(Scenarios.bundled(name));
    report
        .steps()
        .forEach(
            step -> {
              List<Violation> v = step.violations();
              assertThat(v).isSortedAccordingTo(RuleBook.ORDER);
            });
  }
}
