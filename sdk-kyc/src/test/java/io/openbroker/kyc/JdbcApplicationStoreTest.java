package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.RandomSource;
import io.openbroker.core.TransientException;
import io.openbroker.core.crypto.FieldCipher;
import io.openbroker.core.crypto.KeyProvider;
import io.openbroker.core.crypto.Sm4Key;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.kyc.scenario.ScenarioReport;
import io.openbroker.kyc.scenario.ScenarioRunner;
import io.openbroker.kyc.scenario.Scenarios;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdbcApplicationStoreTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(OpeningMethod.class)
  void everyVersionOfAnApplicationReadsBackEqual(OpeningMethod method) {
    JdbcApplicationStore jdbc =
        JdbcApplicationStore.open(StoreLocation.h2Memory("rt-" + method).dataSource());
    KycFixture f =
        new KycFixture(
            io.openbroker.kyc.sim.SimulationScript.defaults(), BrokerPolicy.defaults(), jdbc);
    ApplicationId id = ApplicationId.of("A-" + method.ordinal());

    List<StepOutcome> outcomes = f.walk(id, method);

    assertThat(outcomes).allSatisfy(o -> assertThat(o.refusal()).isEmpty());
    assertThat(jdbc.find(id)).contains(outcomes.get(outcomes.size() - 1).application());
    assertThat(jdbc.find(id).orElseThrow().state()).isEqualTo(ApplicationState.ACTIVE);
  }

  @Test
  void theWholeScenarioLibraryRunsOnH2() {
    for (String name : Scenarios.bundledNames()) {
      JdbcApplicationStore jdbc =
          JdbcApplicationStore.open(StoreLocation.h2Memory("lib-" + name).dataSource());
      ScenarioReport report = ScenarioRunner.run(Scenarios.bundled(name), jdbc);
      assertThat(report.mismatches()).as(name).isEmpty();
      jdbc.find(ApplicationId.of(name))
          .ifPresent(a -> assertThat(a.state()).isEqualTo(report.finalState()));
    }
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    JdbcApplicationStore jdbc =
        JdbcApplicationStore.open(StoreLocation.h2Memory("stale").dataSource());
    KycFixture f =
        new KycFixture(
            io.openbroker.kyc.sim.SimulationScript.defaults(), BrokerPolicy.defaults(), jdbc);
    ApplicationId id = ApplicationId.of("A-1");
    OnboardingApplication v1 =
        f.apply(
                id,
                new Step.Register(
                    "e1", OpeningMethod.WITNESS, KycFixture.person(), Channel.ON_SITE))
            .application();
    OnboardingApplication v2 = v1.next(ApplicationState.ABANDONED, null, Map.of(), "x");
    jdbc.update(v2);

    assertThatThrownBy(() -> jdbc.update(v2))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("KYC_APPLICATION_VERSION_CONFLICT");
    assertThatThrownBy(() -> jdbc.insert(v1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("KYC_APPLICATION_EXISTS");
    assertThat(jdbc.find(id)).contains(v2);
  }

  @Test
  void withACipherNoPersonalDataIsStoredInClear() throws Exception {
    DataSource ds = StoreLocation.h2File(dir, "kyc").dataSource();
    // Holding one connection keeps the file open between the store's transactions.
    try (Connection keeper = ds.getConnection()) {
      encryptsAndReadsBack(ds);
    }
  }

  private void encryptsAndReadsBack(DataSource ds) throws Exception {
    FieldCipher cipher =
        new FieldCipher(
            KeyProvider.of("k1", Map.of("k1", Sm4Key.of(new byte[16]))), RandomSource.seeded(3));
    JdbcApplicationStore jdbc = JdbcApplicationStore.open(ds, cipher);
    KycFixture f =
        new KycFixture(
            io.openbroker.kyc.sim.SimulationScript.defaults(), BrokerPolicy.defaults(), jdbc);
    ApplicationId id = ApplicationId.of("A-1");
    f.walk(id, OpeningMethod.ONE_WAY_VIDEO);

    StringBuilder stored = new StringBuilder();
    int rows = 0;
    try (Connection c = ds.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT document FROM kyc_application"
                        + " UNION ALL SELECT document FROM kyc_application_change")) {
      while (rs.next()) {
        stored.append(rs.getString(1)).append('\n');
        rows++;
      }
    }
    assertThat(rows).isGreaterThan(2);
    assertThat(stored.toString())
        .doesNotContain(KycFixture.ADULT_ID)
        .doesNotContain("13800138000")
        .doesNotContain("张三");
    assertThat(JdbcApplicationStore.open(ds, cipher).find(id).orElseThrow().state())
        .isEqualTo(ApplicationState.ACTIVE);
  }
}
