package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-of-day overdraft detection against the simulator's client management accounts: clean books
 * are clean; a posting made outside the transfer flow, a negative balance, an unreachable bank and
 * an auxiliary account's money are each reported.
 */
class OverdraftCheckTest {

  private static BankWorld world;
  private static TransferService service;
  private static TransferClient bank;

  @BeforeAll
  static void start() {
    world = new BankWorld(6);
    service = world.service(RetryPolicy.DEFAULT);
    bank = world.client(world.bank.baseUri().toString());
  }

  @AfterAll
  static void stop() {
    service.close();
    world.close();
  }

  private static void succeeds(TransferRequest request) {
    assertThat(service.transfer(request)).isInstanceOf(TransferOutcome.Succeeded.class);
  }

  @Test
  void booksMovedOnlyByTransfersAreClean() {
    Customer a = world.customers.get(0);
    Customer b = world.customers.get(1);
    succeeds(world.deposit(a, "300.00"));
    succeeds(world.withdrawal(a, "100.00"));
    succeeds(world.deposit(b, "50.00"));

    OverdraftReport report =
        OverdraftCheck.of(world.ledger).against(bank, List.of(a.fund(), b.fund()));

    assertThat(report.clean()).as(report.findings().toString()).isTrue();
    assertThat(report.checked()).isEqualTo(2);
  }

  @Test
  void aCreditBookedOutsideTheTransferFlowIsAnOverdraft() {
    Customer c = world.customers.get(2);
    Customer clean = world.customers.get(3);
    succeeds(world.deposit(c, "100.00"));
    succeeds(world.deposit(clean, "10.00"));
    world.ledger.credit(world.nextSerial(), c.fund(), Money.parse("50.00"));

    OverdraftReport report =
        OverdraftCheck.of(world.ledger).against(bank, List.of(c.fund(), clean.fund()));

    assertThat(report.findings())
        .containsExactly(
            new OverdraftFinding.BrokerExceedsBank(
                c.fund(), Money.parse("150.00"), Money.parse("100.00")));
    assertThat(report.of(OverdraftFinding.BrokerExceedsBank.class).get(0).excess())
        .isEqualTo(Money.parse("50.00"));
  }

  @Test
  void aNegativeLedgerBalanceIsReported() throws Exception {
    Customer c = world.customers.get(4);
    succeeds(world.deposit(c, "20.00"));
    try (Connection conn = world.db.getConnection();
        PreparedStatement s =
            conn.prepareStatement(
                "UPDATE fund_ledger_account SET available_fen = -100, withdrawable_fen = -100"
                    + " WHERE fund_account = ?")) {
      s.setString(1, c.fund().value());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }

    OverdraftReport report = OverdraftCheck.of(world.ledger).against(bank, List.of(c.fund()));

    assertThat(report.findings())
        .containsExactly(
            new OverdraftFinding.NegativeBalance(
                c.fund(), OverdraftFinding.Side.BROKER, Money.ofFen(-100)));
  }

  @Test
  void anUnreachableBankLeavesTheAccountUnchecked() {
    Customer c = world.customers.get(0);
    TransferClient nowhere = world.client("http://127.0.0.1:1");

    OverdraftReport report = OverdraftCheck.of(world.ledger).against(nowhere, List.of(c.fund()));

    assertThat(report.clean()).isFalse();
    assertThat(report.of(OverdraftFinding.Unchecked.class))
        .singleElement()
        .satisfies(u -> assertThat(u.cause()).startsWith("no verified answer"));
  }

  @Test
  void balancesReadFromAFileAreComparedTooAndMissingOnesAreUnchecked() {
    Customer c = world.customers.get(5);
    FundAccount notInFile = FundAccount.parse("018877770001");
    succeeds(world.deposit(c, "40.00"));
    world.ledger.credit(world.nextSerial(), c.fund(), Money.parse("0.01"));
    Money bankSide =
        Money.ofFen(world.bank.managementBalanceFen(BankWorld.BROKER, c.fund().value()));

    OverdraftReport report =
        OverdraftCheck.of(world.ledger)
            .against(Map.of(c.fund(), bankSide), List.of(c.fund(), notInFile));

    assertThat(report.findings())
        .containsExactly(
            new OverdraftFinding.BrokerExceedsBank(c.fund(), Money.parse("40.01"), bankSide),
            new OverdraftFinding.Unchecked(notInFile, "not in the bank's balances"));
  }

  @Test
  void anAuxiliaryAccountsMoneyCountsAgainstItsPrimarysBankAccount() {
    Customer c = world.newCustomer();
    FundAccount aux = FundAccount.parse("018866660001");
    FundAccountGroups groups =
        FundAccountGroups.open(world.db, world.ledger, world.effects.clock());
    groups.openPrimary(c.fund());
    groups.addAuxiliary(c.fund(), aux);
    succeeds(world.deposit(c, "200.00"));
    assertThat(groups.move(world.nextSerial(), c.fund(), aux, Money.parse("80.00"))).isTrue();
    OverdraftCheck grouped = OverdraftCheck.of(world.ledger).withGroups(groups);
    assertThat(grouped.against(bank, List.of(c.fund())).clean()).isTrue();

    world.ledger.credit(BusinessSerial.parse("OUTSIDE-AUX-1"), aux, Money.parse("10.00"));

    assertThat(grouped.against(bank, List.of(c.fund())).findings())
        .containsExactly(
            new OverdraftFinding.BrokerExceedsBank(
                c.fund(), Money.parse("210.00"), Money.parse("200.00")));
    assertThat(OverdraftCheck.of(world.ledger).against(bank, List.of(c.fund())).clean())
        .as("the primary alone looks fine: only the group shows the overdraft")
        .isTrue();
  }
}
