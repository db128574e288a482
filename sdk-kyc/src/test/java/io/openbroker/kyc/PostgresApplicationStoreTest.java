package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.kyc.scenario.ScenarioReport;
import io.openbroker.kyc.scenario.ScenarioRunner;
import io.openbroker.kyc.scenario.Scenarios;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JDBC store on a real PostgreSQL started by the test from Maven Central binaries. */
class PostgresApplicationStoreTest {

  @Test
  void crashResumeAndLibraryScenariosRunOnPostgres() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
      JdbcApplicationStore store = JdbcApplicationStore.open(pg.getPostgresDatabase());
      for (String name :
          List.of(
              "one-way-happy-path",
              "witness-institution",
              "one-way-face-match-fails",
              "aml-potential-match-manual-review")) {
        ScenarioReport report = ScenarioRunner.run(Scenarios.bundled(name), store);
        assertThat(report.mismatches()).as(name).isEmpty();
        assertThat(store.find(ApplicationId.of(name)).orElseThrow().state())
            .isEqualTo(report.finalState());
      }
      OnboardingApplication active =
          store.find(ApplicationId.of("one-way-happy-path")).orElseThrow();
      assertThatConflict(store, active);
      crashAndResume(store);
    }
  }

  /** Dies before the sixth write of a one-way application, restarts over the database, finishes. */
  private static void crashAndResume(JdbcApplicationStore store) {
    KycFixture world = new KycFixture();
    ApplicationId id = ApplicationId.of("pg-crash");
    OnboardingService crashing =
        OnboardingService.builder(world.integrations, world.evidence)
            .effects(world.effects)
            .store(new CrashingStore(store, 6, false))
            .build();
    Step pending =
        new Step.Register("reg", OpeningMethod.ONE_WAY_VIDEO, KycFixture.person(), Channel.OWN_APP);
    try {
      crashing.apply(id, pending);
      for (StepKind kind : OnboardingService.mandatorySteps(store.find(id).orElseThrow())) {
        pending = world.goodStep(id, kind, OpeningMethod.ONE_WAY_VIDEO);
        crashing.apply(id, pending);
      }
    } catch (CrashingStore.Crash expected) {
      // died while applying `pending`
    }
    OnboardingService restarted =
        OnboardingService.builder(world.integrations, world.evidence)
            .effects(world.effects)
            .store(store)
            .build();
    restarted.apply(id, pending);
    for (var next = OnboardingService.nextStep(store.find(id).orElseThrow());
        next.isPresent();
        next = OnboardingService.nextStep(store.find(id).orElseThrow())) {
      restarted.apply(id, world.goodStep(id, next.get(), OpeningMethod.ONE_WAY_VIDEO));
    }
    OnboardingApplication done = store.find(id).orElseThrow();
    assertThat(done.state()).isEqualTo(ApplicationState.ACTIVE);
    assertThat(done.facts().stream().map(Fact::kind).toList())
        .isEqualTo(OnboardingService.mandatorySteps(done));
  }

  private static void assertThatConflict(JdbcApplicationStore store, OnboardingApplication a) {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.update(a))
        .hasMessageContaining("KYC_APPLICATION_VERSION_CONFLICT");
  }
}
