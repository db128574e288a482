package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.money.Money;
import io.openbroker.transfer.spi.AccountActivity;
import io.openbroker.transfer.spi.RiskDecision;
import io.openbroker.transfer.spi.RiskPolicy;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journal's per-account index serves only the risk policy's activity query, so it exists
 * exactly when a service's policy reads activity: a broker whose risk checks live elsewhere does
 * not rewrite a random index leaf with every transfer.
 */
class ActivityIndexTest {

  private static final String INDEX = "TRANSFER_JOURNAL_ACCOUNT";

  private static BankWorld world;

  @BeforeAll
  static void start() {
    world = new BankWorld(1);
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static TransferService service(DataSource journal, TransferServiceBuilder b) {
    return b.client(world.client(world.bank.baseUri().toString()))
        .journal(journal)
        .ledger(world.ledger)
        .effects(world.effects)
        .build();
  }

  private static List<String> indexes(DataSource db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = db.getConnection();
        ResultSet rs = c.getMetaData().getIndexInfo(null, null, "TRANSFER_JOURNAL", false, false)) {
      while (rs.next()) {
        names.add(rs.getString("INDEX_NAME"));
      }
    }
    return names;
  }

  @Test
  void aPolicyThatReadsNoActivityLeavesTheIndexOutAndOneThatDoesAddsIt() throws SQLException {
    DataSource journal = BankWorld.h2Memory();
    try (TransferService s =
        service(journal, TransferService.builder().riskPolicy(RiskPolicy.allowAll()))) {
      assertThat(indexes(journal)).isNotEmpty().doesNotContain(INDEX);
    }

    try (TransferService s = service(journal, TransferService.builder())) {
      assertThat(indexes(journal)).contains(INDEX);
    }
    List<String> once = indexes(journal);
    try (TransferService s = service(journal, TransferService.builder())) {
      assertThat(indexes(journal)).isEqualTo(once); // a second opening adds nothing
    }
  }

  @Test
  void transfersMadeWithoutTheIndexCountOnceAPolicyThatReadsActivityArrives() {
    DataSource journal = BankWorld.h2Memory();
    Customer c = world.customers.get(0);
    try (TransferService s =
        service(journal, TransferService.builder().riskPolicy(RiskPolicy.allowAll()))) {
      assertThat(s.transfer(world.deposit(c, "1.00")))
          .isInstanceOf(TransferOutcome.Succeeded.class);
      assertThat(s.transfer(world.deposit(c, "2.00")))
          .isInstanceOf(TransferOutcome.Succeeded.class);
    }
    AtomicReference<AccountActivity> seen = new AtomicReference<>();
    RiskPolicy watching =
        context -> {
          seen.set(context.activity());
          return new RiskDecision.Allow();
        };

    try (TransferService s = service(journal, TransferService.builder().riskPolicy(watching))) {
      assertThat(s.transfer(world.deposit(c, "4.00")))
          .isInstanceOf(TransferOutcome.Succeeded.class);
    }

    assertThat(seen.get())
        .isEqualTo(new AccountActivity(2, 0, Money.parse("3.00"), Money.ofFen(0)));
  }
}
