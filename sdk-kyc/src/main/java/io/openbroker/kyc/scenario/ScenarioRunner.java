package io.openbroker.kyc.scenario;

import io.openbroker.core.Effects;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.evidence.ChainVerification;
import io.openbroker.core.evidence.ChainVerifier;
import io.openbroker.core.evidence.EvidenceLog;
import io.openbroker.core.evidence.InMemoryEvidenceStore;
import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.ApplicationStore;
import io.openbroker.kyc.InMemoryApplicationStore;
import io.openbroker.kyc.OnboardingApplication;
import io.openbroker.kyc.OnboardingService;
import io.openbroker.kyc.internal.scenario.ScenarioClock;
import io.openbroker.kyc.sim.Simulations;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs a {@link Scenario}: on a fresh world of simulations, an in-memory evidence chain and a store
 * ({@link #run(Scenario)}), or on a service of your own ({@link #drive}).
 *
 * <pre>{@code
 * ScenarioReport report = ScenarioRunner.run(Scenarios.bundled("one-way-happy-path"));
 * report.steps().forEach(s -> log.info("{} {}", s.kind(), s.verdict()));
 * }</pre>
 */
public final class ScenarioRunner {

  private ScenarioRunner() {}

  /** Runs {@code scenario} with an in-memory application store. */
  public static ScenarioReport run(Scenario scenario) {
    return run(scenario, new InMemoryApplicationStore());
  }

  /** Runs {@code scenario} keeping its application in {@code store}. */
  public static ScenarioReport run(Scenario scenario, ApplicationStore store) {
    ScenarioClock clock =
        new ScenarioClock(
            scenario.today().atTime(LocalTime.of(10, 0)).atZone(Effects.CHINA).toInstant(),
            Effects.CHINA);
    Effects effects = Effects.deterministic(1, clock);
    AsymmetricKeyPair key = AsymmetricKeyPair.generateSm2(effects.random());
    InMemoryEvidenceStore evidenceStore = new InMemoryEvidenceStore();
    EvidenceLog evidence =
        EvidenceLog.builder(evidenceStore, key.privateKey().signer(effects.random()))
            .clock(clock)
            .checkpointEvery(8)
            .build();
    OnboardingService service =
        OnboardingService.builder(Simulations.integrations(scenario.script(), effects), evidence)
            .effects(effects)
            .store(store)
            .policy(scenario.policy())
            .build();
    ApplicationId id = ApplicationId.of(scenario.name());
    List<StepReport> steps = new ScenarioDriver(service, id, scenario, clock::advanceDays).run();
    evidence.checkpoint();
    OnboardingApplication application = service.find(id).orElse(null);
    boolean chainValid =
        new ChainVerifier(key.publicKey().verifier()).verify(evidenceStore)
            instanceof ChainVerification.Intact;
    ScenarioReport unchecked =
        new ScenarioReport(
            scenario.name(),
            application == null ? io.openbroker.kyc.ApplicationState.REJECTED : application.state(),
            steps,
            application == null ? java.util.Optional.empty() : application.accounts(),
            evidenceStore.size(),
            chainValid,
            List.of());
    return new ScenarioReport(
        unchecked.name(),
        unchecked.finalState(),
        steps,
        unchecked.accounts(),
        unchecked.evidenceRecords(),
        chainValid,
        mismatches(scenario, unchecked));
  }

  /**
   * Drives {@code scenario}'s actions for application {@code id} on {@code service} (the scenario's
   * policy and simulations are the service's business; {@code advanceDays} actions are refused).
   */
  public static List<StepReport> drive(
      OnboardingService service, Scenario scenario, ApplicationId id) {
    IntConsumer noClock =
        days -> {
          throw new IllegalStateException("advanceDays needs ScenarioRunner.run");
        };
    return new ScenarioDriver(service, id, scenario, noClock).run();
  }

  private static List<String> mismatches(Scenario scenario, ScenarioReport report) {
    List<String> out = new ArrayList<>();
    if (!report.chainValid()) {
      out.add("the evidence chain does not verify");
    }
    scenario
        .expectation()
        .ifPresent(
            expect -> {
              if (expect.state() != report.finalState()) {
                out.add("state: expected " + expect.state() + ", got " + report.finalState());
              }
              if (!expect.refusedBy().equals(report.refusedBy())) {
                out.add(
                    "refusedBy: expected " + expect.refusedBy() + ", got " + report.refusedBy());
              }
              if (!expect.broken().isEmpty() && !expect.broken().equals(report.broken())) {
                out.add("broken: expected " + expect.broken() + ", got " + report.broken());
              }
            });
    return out;
  }
}
