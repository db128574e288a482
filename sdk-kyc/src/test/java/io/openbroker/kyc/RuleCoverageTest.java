package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.kyc.scenario.Scenario;
import io.openbroker.kyc.scenario.ScenarioReport;
import io.openbroker.kyc.scenario.ScenarioRunner;
import io.openbroker.kyc.scenario.Scenarios;
import io.openbroker.kyc.scenario.StepReport;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the CSDC rule book is seen both refusing (broken in some bundled scenario, or in
 * {@link RuleDirectTest} where no service path can reach it) and allowing (judged on an approved
 * step of some bundled scenario).
 */
class RuleCoverageTest {

  /** Rules that no sequence of steps can break because earlier rules guard them. */
  private static final Set<String> BROKEN_ONLY_DIRECTLY = Set.of("CSDC-ART-19-MEDIA");

  private static final Set<String> broken = new HashSet<>();
  private static final Set<String> passed = new HashSet<>();

  @BeforeAll
  static void runLibrary() {
    RuleBook book = RuleBook.csdc();
    for (String name : Scenarios.bundledNames()) {
      Scenario scenario = Scenarios.bundled(name);
      ScenarioReport report = ScenarioRunner.run(scenario);
      broken.addAll(report.broken());
      for (StepReport step : report.steps()) {
        if (step.verdict().equals("APPROVE")) {
          passed.addAll(book.ruleIds(scenario.method(), step.kind()));
        }
      }
    }
  }

  @Test
  void everyRuleIsBrokenBySomeScenario() {
    Set<String> ids = RuleBook.csdc().all().stream().map(Rule::id).collect(Collectors.toSet());
    ids.removeAll(BROKEN_ONLY_DIRECTLY);
    assertThat(broken).containsAll(ids);
  }

  @Test
  void everyRuleIsPassedOnSomeApprovedStep() {
    Set<String> ids = RuleBook.csdc().all().stream().map(Rule::id).collect(Collectors.toSet());
    assertThat(passed).containsAll(ids);
  }

  @Test
  void everyArticleTheIssueNamesHasRules() {
    Set<Integer> articles =
        RuleBook.csdc().all().stream().map(Rule::article).collect(Collectors.toSet());
    assertThat(articles)
        .contains(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 22, 26);
  }
}
