package io.openbroker.kyc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.TransientException;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.kyc.sim.SimulationScript;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store writes one change row per step and replays them: a store that did not write the
 * application (another node, or this one after a restart) reads the same application, and one that
 * holds a stale version can neither read nor write over a newer one.
 */
class JdbcApplicationChangesTest {

  private final ApplicationId id = ApplicationId.of("A-1");

  @Test
  void aFreshStoreReplaysTheChangesToTheSameApplication() throws Exception {
    DataSource ds = StoreLocation.h2Memory("changes-fresh").dataSource();
    try (Connection keeper = ds.getConnection()) {
      JdbcApplicationStore writer = JdbcApplicationStore.open(ds);
      List<StepOutcome> outcomes = fixture(writer).walk(id, OpeningMethod.TWO_WAY_VIDEO);
      OnboardingApplication last = outcomes.get(outcomes.size() - 1).application();

      assertThat(JdbcApplicationStore.open(ds).find(id)).contains(last);
      assertThat(count(keeper, "SELECT COUNT(*) FROM kyc_application_change"))
          .isEqualTo(last.version() - 1);
      assertThat(count(keeper, "SELECT snapshot_version FROM kyc_application")).isEqualTo(1);
    }
  }

  @Test
  void aStoreHoldingAStaleVersionReadsTheNewOneAndCannotWriteOverIt() throws Exception {
    DataSource ds = StoreLocation.h2Memory("changes-stale").dataSource();
    try (Connection keeper = ds.getConnection()) {
      JdbcApplicationStore first = JdbcApplicationStore.open(ds);
      JdbcApplicationStore second = JdbcApplicationStore.open(ds);
      KycFixture f = fixture(first);
      OnboardingApplication v1 =
          f.apply(
                  id,
                  new Step.Register(
                      "e1", OpeningMethod.WITNESS, KycFixture.person(), Channel.ON_SITE))
              .application();
      assertThat(second.find(id)).contains(v1);

      OnboardingApplication v2 = v1.next(ApplicationState.ABANDONED, null, Map.of(), "x");
      first.update(v2);
      OnboardingApplication otherV2 = v1.next(ApplicationState.EXPIRED, null, Map.of(), "y");

      assertThatThrownBy(() -> second.update(otherV2))
          .isInstanceOf(TransientException.class)
          .hasMessageContaining("KYC_APPLICATION_VERSION_CONFLICT");
      assertThat(second.find(id)).contains(v2);
      assertThat(JdbcApplicationStore.open(ds).find(id)).contains(v2);
    }
  }

  @Test
  void aVersionThatIsNotAnExtensionIsStoredWholeAndReadsBack() throws Exception {
    DataSource ds = StoreLocation.h2Memory("changes-whole").dataSource();
    try (Connection keeper = ds.getConnection()) {
      JdbcApplicationStore store = JdbcApplicationStore.open(ds);
      List<StepOutcome> outcomes = fixture(store).walk(id, OpeningMethod.WITNESS);
      OnboardingApplication last = outcomes.get(outcomes.size() - 1).application();
      // A version that forgets the facts so far cannot be a change: it is written whole.
      OnboardingApplication rewritten =
          new OnboardingApplication(
              last.id(),
              last.version() + 1,
              last.method(),
              last.callbackOrder(),
              last.applicant(),
              last.channel(),
              ApplicationState.ABANDONED,
              last.appliedOn(),
              List.of(),
              last.media(),
              last.appliedEvents());
      store.update(rewritten);

      assertThat(count(keeper, "SELECT snapshot_version FROM kyc_application"))
          .isEqualTo(rewritten.version());
      assertThat(JdbcApplicationStore.open(ds).find(id)).contains(rewritten);
    }
  }

  private static KycFixture fixture(ApplicationStore store) {
    return new KycFixture(SimulationScript.defaults(), BrokerPolicy.defaults(), store);
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
