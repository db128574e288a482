package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.internal.ledger.Posting;
import io.openbroker.transfer.spi.RiskPolicy;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client's primary fund account at one simulator bank and an auxiliary account at another: each
 * transfer goes through its own account's bank, and each bank's books agree with the shared ledger.
 */
class TransferRouterTest {

  private static BankWorld bankA;
  private static BankWorld bankB;
  private static TransferService viaA;
  private static TransferService viaB;
  private static TransferRouter router;
  private static Customer primary;
  private static Customer auxiliary;

  @BeforeAll
  static void start() {
    bankA = new BankWorld(1);
    bankB = new BankWorld(0);
    primary = bankA.customers.get(0);
    // Another fund account number and card, bound at the second bank.
    auxiliary = Customer.number(7);
    bankB.bank.openAccount(
        auxiliary.card().value(),
        Customer.NAME,
        Customer.ID,
        Customer.MOBILE,
        "135790",
        BankWorld.OPENING);
    BankAnswer<BankBindingReply> bound =
        bankB
            .client(bankB.bank.baseUri().toString())
            .designate(
                bankB.nextSerial(), auxiliary.fund(), auxiliary.fourElements(), Customer.PASSWORD);
    assertThat(bound)
        .isInstanceOfSatisfying(BankAnswer.Verified.class, v -> assertThat(v.isSuccess()).isTrue());
    viaA = service(bankA, "bank-a");
    viaB = service(bankB, "bank-b");
    FundAccountBanks banks = FundAccountBanks.open(bankA.db, bankA.effects.clock());
    banks.bind(primary.fund(), "bank-a");
    banks.bind(auxiliary.fund(), "bank-b");
    router = TransferRouter.builder(banks).bank("bank-a", viaA).bank("bank-b", viaB).build();
  }

  /** The bank's client and its own journal (that world's database); one ledger for both. */
  private static TransferService service(BankWorld world, String node) {
    return TransferService.builder()
        .client(world.client(world.bank.baseUri().toString()))
        .journal(world.db)
        .ledger(bankA.ledger)
        .effects(world.effects)
        .nodeId(node)
        .lease(Duration.ofSeconds(30))
        .riskPolicy(RiskPolicy.allowAll())
        .build();
  }

  @AfterAll
  static void stop() {
    viaA.close();
    viaB.close();
    bankA.close();
    bankB.close();
  }

  private static long managementFen(BankWorld world, Customer c) {
    return world.bank.managementBalanceFen(BankWorld.BROKER, c.fund().value());
  }

  @Test
  void eachAccountsTransfersGoThroughItsOwnBank() {
    long auxBefore = managementFen(bankB, auxiliary);
    long primaryBefore = managementFen(bankA, primary);
    TransferRequest toAux = bankB.deposit(auxiliary, "300.00");
    TransferRequest toPrimary = bankA.deposit(primary, "200.00");
    TransferRequest fromAux = bankB.withdrawal(auxiliary, "120.00");

    assertThat(router.transfer(toAux)).isInstanceOf(TransferOutcome.Succeeded.class);
    assertThat(router.transfer(toPrimary)).isInstanceOf(TransferOutcome.Succeeded.class);
    assertThat(router.transfer(fromAux)).isInstanceOf(TransferOutcome.Succeeded.class);

    assertThat(managementFen(bankB, auxiliary) - auxBefore).isEqualTo(18_000);
    assertThat(managementFen(bankA, primary) - primaryBefore).isEqualTo(20_000);
    assertThat(bankA.bank.managementBalanceFen(BankWorld.BROKER, auxiliary.fund().value()))
        .isZero();
    assertThat(viaB.find(toAux.serial())).isPresent();
    assertThat(viaA.find(toAux.serial())).isEmpty();
    assertThat(router.find(toPrimary.serial()).orElseThrow().state())
        .isEqualTo(TransferState.SUCCEEDED);
    assertThat(bankA.ledger.balance(auxiliary.fund()).total().fen())
        .isEqualTo(managementFen(bankB, auxiliary));
    assertThat(bankA.ledger.balance(primary.fund()).total().fen())
        .isEqualTo(managementFen(bankA, primary));
    assertThat(bankA.ledger.accountingBalance(Posting.BANK_DEPOSITS).fen())
        .isEqualTo(
            bankA.bank.summaryBalanceFen(BankWorld.BROKER)
                + bankB.bank.summaryBalanceFen(BankWorld.BROKER));
    assertThat(bankA.bank.checkBooks().balanced()).isTrue();
    assertThat(bankB.bank.checkBooks().balanced()).isTrue();
  }

  @Test
  void aSerialUsedAtOneBankIsRefusedAtTheOther() {
    TransferRequest first = bankA.deposit(primary, "1.00");
    assertThat(router.transfer(first)).isInstanceOf(TransferOutcome.Succeeded.class);
    long auxBefore = managementFen(bankB, auxiliary);

    InvalidInputException e =
        catchThrowableOfType(
            () ->
                router.transfer(
                    TransferRequest.withdrawal(
                        first.serial(), auxiliary.fund(), auxiliary.card(), Money.parse("1.00"))),
            InvalidInputException.class);

    assertThat(e.code()).isEqualTo(TransferErrorCode.SERIAL_REUSED);
    assertThat(managementFen(bankB, auxiliary)).isEqualTo(auxBefore);
  }

  @Test
  void anAccountWithoutARecordedBankIsNotRouted() {
    FundAccount unknown = FundAccount.parse("018855550001");

    InvalidInputException e =
        catchThrowableOfType(
            () ->
                router.transfer(
                    TransferRequest.withdrawal(
                        bankA.nextSerial(), unknown, primary.card(), Money.parse("1.00"))),
            InvalidInputException.class);

    assertThat(e.code()).isEqualTo(TransferErrorCode.FUND_ACCOUNT_NOT_ROUTED);
    assertThat(e.getMessage()).doesNotContain(unknown.value());
  }
}
