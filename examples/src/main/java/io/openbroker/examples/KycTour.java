package io.openbroker.examples;

import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.Violation;
import io.openbroker.kyc.scenario.ScenarioReport;
import io.openbroker.kyc.scenario.ScenarioRunner;
import io.openbroker.kyc.scenario.Scenarios;
import io.openbroker.kyc.scenario.StepReport;

/**
 * The sdk-kyc part of the demo: one investor opened by one-way video (单向视频见证, CSDC Art. 18) on
 * simulated integrations, step by step, and the rule book refusing a step out of order.
 */
final class KycTour {

  private final DemoOutput out;

  KycTour(DemoOutput out) {
    this.out = out;
  }

  void run() {
    out.section("sdk-kyc: online account opening by one-way video (单向视频见证)");
    ScenarioReport opened = ScenarioRunner.run(Scenarios.bundled("one-way-happy-path"));
    for (StepReport step : opened.steps()) {
      out.step(step.kind().name(), step.verdict() + " -> " + step.stateAfter());
    }
    out.check(opened.asExpected(), "the happy path ends as expected: " + opened.mismatches());
    out.check(opened.finalState() == ApplicationState.ACTIVE, "the application is ACTIVE");
    out.check(opened.chainValid(), "the evidence chain verifies");
    out.step(
        "accounts issued",
        opened.accounts().map(a -> a.unified() + " " + a.subAccounts()).orElse("none"));
    out.step("evidence chain", opened.evidenceRecords() + " records, intact");

    ScenarioReport early = ScenarioRunner.run(Scenarios.bundled("use-before-callback"));
    out.check(early.asExpected(), "the rule book refuses use before the callback");
    Violation v =
        early.steps().stream()
            .flatMap(s -> s.violations().stream())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("expected a refusal"));
    out.step(
        "trading before the callback (回访)",
        "refused: " + v.ruleId() + " (Art. " + v.article() + ")");
    out.detail(v.messageZh() + " / " + v.messageEn());
  }
}
