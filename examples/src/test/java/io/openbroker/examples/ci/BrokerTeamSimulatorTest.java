package io.openbroker.examples.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BankSimulatorKeys;
import io.openbroker.banksim.BankSimulatorTest;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.testkit.OpenBrokerArbitraries;
import io.openbroker.testkit.TransferIntent;
import io.openbroker.transfer.BankAnswer;
import io.openbroker.transfer.BankPassword;
import io.openbroker.transfer.FourElements;
import io.openbroker.transfer.JdbcFundLedger;
import io.openbroker.transfer.RetryPolicy;
import io.openbroker.transfer.TransferClient;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferService;
import io.openbroker.transfer.spi.RiskPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A broker team's integration test with {@code openbroker-testkit}: the simulator from
 * {@code @BankSimulatorTest}, a fault schedule and a list of transfers from the kit's arbitraries,
 * and the SPEC §11 invariant: after recovery the broker's fund ledger equals the bank's client
 * management account, whatever the faults.
 */
@BankSimulatorTest
class BrokerTeamSimulatorTest {

  private static final BankPassword PASSWORD = new BankPassword("135790");

  @Test
  void theLedgerEqualsTheBankAfterAnyFaultSchedule(BankSimulator bank, BankSimulatorKeys keys) {
    BankCardNumber card = OpenBrokerArbitraries.bankCards().sample();
    FundAccount fund = OpenBrokerArbitraries.fundAccounts().sample();
    ResidentIdNumber id = OpenBrokerArbitraries.residentIds().sample();
    MobileNumber mobile = OpenBrokerArbitraries.mobiles().sample();
    List<TransferIntent> transfers =
        OpenBrokerArbitraries.transfers("CI", fund, card, Money.parse("300.00"), 8).sample();
    FaultPlan faults = OpenBrokerArbitraries.faultPlans().sample();
    bank.openAccount(
        card.value(), "张三", id.value(), mobile.value(), "135790", Money.parse("1000.00"));

    TransferClient client =
        TransferClient.builder()
            .baseUrl(bank.baseUri())
            .brokerKey(keys.brokerKeyId(), keys.brokerKey().signer(RandomSource.secure()))
            .bankKey(keys.bankKeyId(), keys.bankPublicKey())
            .callTimeout(Duration.ofSeconds(2))
            .build();
    var db = StoreLocation.h2Memory("ci" + Math.abs(faults.seed() % 1_000_000)).dataSource();
    TransferService service =
        TransferService.builder()
            .client(client)
            .journal(db)
            .ledger(JdbcFundLedger.open(db, Effects.system().clock()))
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.5, 3))
            .riskPolicy(RiskPolicy.allowAll())
            .build();
    assertThat(service.signIn(BusinessSerial.parse("CI-SIGN"), bank.businessDate())).isPresent();
    var four = new FourElements(PersonName.parse("张三"), id, card, mobile);
    assertThat(client.designate(BusinessSerial.parse("CI-BIND"), fund, four, PASSWORD))
        .isInstanceOfSatisfying(BankAnswer.Verified.class, v -> assertThat(v.isSuccess()).isTrue());

    bank.setFaultPlan(faults);
    for (TransferIntent t : transfers) {
      service.transfer(
          t.direction() == TransferDirection.BANK_TO_SECURITIES
              ? TransferRequest.deposit(t.serial(), t.fund(), t.card(), t.amount(), PASSWORD)
              : TransferRequest.withdrawal(t.serial(), t.fund(), t.card(), t.amount()));
    }
    bank.setFaultPlan(FaultPlan.NONE);
    service.recover();

    // Outside a jqwik property the samples are not seeded: the message names what was drawn.
    String context = faults + " over " + transfers;
    assertThat(service.journal())
        .as(context)
        .allSatisfy(r -> assertThat(r.state().inFlight()).isFalse());
    assertThat(service.ledger().balance(fund).total().fen())
        .as(context)
        .isEqualTo(bank.managementBalanceFen(keys.brokerId(), fund.value()));
    assertThat(bank.checkBooks().balanced()).as(context).isTrue();
  }
}
