package io.openbroker.kyc.scenario;

import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.ApplicationState;
import io.openbroker.kyc.Channel;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.OnboardingService;
import io.openbroker.kyc.Step;
import io.openbroker.kyc.StepKind;
import io.openbroker.kyc.StepOutcome;
import io.openbroker.kyc.Verdict;
import io.openbroker.kyc.internal.scenario.DefaultSteps;
import io.openbroker.kyc.spi.LivenessChallenge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/** Submits one scenario's actions to a service and reports each step. */
final class ScenarioDriver {

  private final OnboardingService service;
  private final ApplicationId id;
  private final Scenario scenario;
  private final IntConsumer advanceDays;
  private final List<StepReport> reports = new ArrayList<>();
  private int generated;

  ScenarioDriver(
      OnboardingService service, ApplicationId id, Scenario scenario, IntConsumer advanceDays) {
    this.service = service;
    this.id = id;
    this.scenario = scenario;
    this.advanceDays = advanceDays;
  }

  List<StepReport> run() {
    for (ScenarioAction action : scenario.actions()) {
      if (action instanceof ScenarioAction.Submit submit) {
        submit(submit.step());
      } else if (action instanceof ScenarioAction.Liveness liveness) {
        submit(liveness(liveness.eventId(), liveness.answer()));
      } else if (action instanceof ScenarioAction.HappyPath happy) {
        happyPath(happy.until());
      } else if (action instanceof ScenarioAction.AdvanceDays days) {
        advanceDays.accept(days.days());
      } else {
        throw new AssertionError(action);
      }
    }
    return reports;
  }

  private void happyPath(StepKind until) {
    if (service.find(id).isEmpty()) {
      Channel channel = scenario.method().online() ? Channel.OWN_APP : Channel.ON_SITE;
      if (!submit(
          new Step.Register(
              "hp-" + (++generated), scenario.method(), scenario.applicant(), channel))) {
        return;
      }
    }
    while (true) {
      Optional<StepKind> next = service.find(id).flatMap(OnboardingService::nextStep);
      if (next.isEmpty() || next.get() == until) {
        return;
      }
      String eventId = "hp-" + (++generated);
      Step step =
          next.get() == StepKind.LIVENESS
              ? liveness(eventId, ScenarioAction.LivenessAnswer.CORRECT)
              : DefaultSteps.of(next.get(), eventId, id, scenario.method());
      if (!submit(step)) {
        return;
      }
    }
  }

  private Step liveness(String eventId, ScenarioAction.LivenessAnswer answer) {
    LivenessChallenge challenge = service.livenessChallenge(id);
    List<String> performed = challenge.instructions();
    String challengeId = challenge.challengeId();
    if (answer == ScenarioAction.LivenessAnswer.WRONG) {
      performed = new ArrayList<>(performed);
      java.util.Collections.reverse(performed);
    } else if (answer == ScenarioAction.LivenessAnswer.REPLAY) {
      service.livenessChallenge(id);
    }
    return new Step.PassLiveness(
        eventId,
        challengeId,
        performed,
        DefaultSteps.digest(id.value(), io.openbroker.kyc.MediaKind.HEAD_PHOTO));
  }

  /** Submits {@code step}; true when it was applied. */
  private boolean submit(Step step) {
    StepOutcome outcome = service.apply(id, step);
    OnboardingApplication after = outcome.application();
    ApplicationState state = after.version() == 0 ? ApplicationState.REGISTERED : after.state();
    reports.add(
        new StepReport(
            step.eventId(),
            step.kind(),
            verdict(outcome),
            state,
            outcome.refusal().map(r -> r.violations()).orElse(List.of()),
            outcome.verdict() instanceof Verdict.Reroute reroute
                ? reroute.alternatives()
                : List.of()));
    return outcome.applied();
  }

  private static String verdict(StepOutcome outcome) {
    if (outcome.duplicate()) {
      return "DUPLICATE";
    }
    Verdict v = outcome.verdict();
    if (v instanceof Verdict.Approve) {
      return "APPROVE";
    }
    if (v instanceof Verdict.Reroute) {
      return "REROUTE";
    }
    return ((Verdict.Reject) v).terminal() ? "REJECT" : "REFUSE_STEP";
  }
}
