package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.evidence.EvidenceLog;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.kyc.sim.SimulatedAccountIssuer;
import io.openbroker.kyc.spi.Integrations;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A process that dies at any write (before or after it reaches the database) is restarted over the
 * same database; the client retries the step it had sent, and the application ends exactly as an
 * uninterrupted one: ACTIVE, every mandatory step once and in order, one set of CSDC accounts.
 */
class CrashResumeTest {

  static Stream<Arguments> crashPoints() {
    return Stream.of(OpeningMethod.values())
        .flatMap(
            method -> {
              int writes = OnboardingService.mandatorySteps(sample(method)).size() + 1;
              return IntStream.rangeClosed(1, writes)
                  .boxed()
                  .flatMap(
                      n ->
                          Stream.of(Arguments.of(method, n, false), Arguments.of(method, n, true)));
            });
  }

  @ParameterizedTest(name = "{0} crash at write {1}, after write: {2}")
  @MethodSource("crashPoints")
  void resumesAfterACrashAtAnyWrite(OpeningMethod method, int crashAt, boolean afterWrite) {
    // In memory (kept open), so that 77 restarts stay fast; JdbcApplicationStoreTest covers files.
    var location = StoreLocation.h2Memory("crash-" + method + "-" + crashAt + "-" + afterWrite);
    KycFixture world = new KycFixture();
    ApplicationId id = ApplicationId.of("A-1");
    OnboardingService first =
        service(
            world,
            new CrashingStore(
                JdbcApplicationStore.open(location.dataSource()), crashAt, afterWrite));

    Step pending = null;
    List<StepKind> path = OnboardingService.mandatorySteps(sample(method));
    Step register =
        new Step.Register(
            "reg",
            method,
            KycFixture.person(),
            method.online() ? Channel.OWN_APP : Channel.ON_SITE);
    try {
      pending = register;
      first.apply(id, register);
      for (StepKind kind : path) {
        pending = world.goodStep(id, kind, method);
        first.apply(id, pending);
      }
      throw new AssertionError("no crash happened");
    } catch (CrashingStore.Crash crash) {
      // the process died while applying `pending`
    }

    OnboardingService restarted = service(world, JdbcApplicationStore.open(location.dataSource()));
    if (pending instanceof Step.PassLiveness) {
      pending =
          world.goodStep(id, StepKind.LIVENESS, method); // a used challenge cannot be replayed
    }
    restarted.apply(id, pending);
    while (true) {
      OnboardingApplication now = restarted.find(id).orElseThrow();
      var next = OnboardingService.nextStep(now);
      if (next.isEmpty()) {
        break;
      }
      assertThat(restarted.apply(id, world.goodStep(id, next.get(), method)).applied()).isTrue();
    }

    OnboardingApplication done = restarted.find(id).orElseThrow();
    assertThat(done.state()).isEqualTo(ApplicationState.ACTIVE);
    assertThat(done.facts().stream().map(Fact::kind).toList()).isEqualTo(path);
    assertThat(done.version()).isEqualTo(path.size() + 1);
    assertThat(((SimulatedAccountIssuer) world.integrations.issuer()).issuedCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("methods")
  void replayingEveryAppliedEventChangesNothing(OpeningMethod method) {
    var location = StoreLocation.h2Memory("replay-" + method);
    KycFixture world = new KycFixture();
    OnboardingService service = service(world, JdbcApplicationStore.open(location.dataSource()));
    ApplicationId id = ApplicationId.of("A-1");
    Step register =
        new Step.Register(
            "reg",
            method,
            KycFixture.person(),
            method.online() ? Channel.OWN_APP : Channel.ON_SITE);
    List<Step> applied = new java.util.ArrayList<>(List.of(register));
    service.apply(id, register);
    for (StepKind kind : OnboardingService.mandatorySteps(service.find(id).orElseThrow())) {
      Step step = world.goodStep(id, kind, method);
      service.apply(id, step);
      applied.add(step);
    }
    OnboardingApplication done = service.find(id).orElseThrow();
    int evidence = world.evidenceStore.size();

    for (Step step : applied) {
      StepOutcome again = service.apply(id, step);
      assertThat(again.duplicate()).isTrue();
      assertThat(again.application()).isEqualTo(done);
    }
    assertThat(service.find(id)).contains(done);
    assertThat(world.evidenceStore.size()).isEqualTo(evidence);
  }

  static Stream<OpeningMethod> methods() {
    return Stream.of(OpeningMethod.values());
  }

  private static OnboardingService service(KycFixture world, ApplicationStore store) {
    Integrations integrations = world.integrations;
    EvidenceLog evidence = world.evidence;
    return OnboardingService.builder(integrations, evidence)
        .effects(world.effects)
        .store(store)
        .build();
  }

  private static OnboardingApplication sample(OpeningMethod method) {
    return new OnboardingApplication(
        ApplicationId.of("s"),
        1,
        method,
        BrokerPolicy.defaults().callbackOrder(),
        KycFixture.person(),
        Channel.OWN_APP,
        ApplicationState.REGISTERED,
        KycFixture.TODAY,
        List.of(),
        java.util.Map.of(),
        List.of());
  }
}
