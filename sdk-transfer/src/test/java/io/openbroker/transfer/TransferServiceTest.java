package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transfers against the simulator over loopback, without faults: flows, refusals, idempotency. */
class TransferServiceTest {

  private static BankWorld world;
  private static TransferService service;

  @BeforeAll
  static void start() {
    world = new BankWorld(6);
    service = world.service(RetryPolicy.DEFAULT);
  }

  @AfterAll
  static void stop() {
    service.close();
    world.close();
  }

  @Test
  void aDepositIsCreditedOnlyAfterTheBanksSuccess() {
    Customer c = world.customers.get(0);
    TransferRequest deposit = world.deposit(c, "1000.00");

    TransferOutcome o = service.transfer(deposit);

    assertThat(o).isInstanceOf(TransferOutcome.Succeeded.class);
    assertThat(((TransferOutcome.Succeeded) o).bankSerial()).isNotEmpty();
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("1000.00"));
    assertThat(world.bank.managementBalanceFen(BankWorld.BROKER, c.fund().value()))
        .isEqualTo(100_000);
    assertThat(service.decisions(deposit.serial()))
        .containsExactly(
            "SENT: journaled BANK_TO_SECURITIES; send #1",
            "SUCCEEDED: decided SUCCEEDED (SUCCESS); ledger booked");
    world.assertBooksAgree(service);
  }

  @Test
  void aWithdrawalIsFrozenFirstThenSettled() {
    Customer c = world.customers.get(1);
    service.transfer(world.deposit(c, "500.00"));

    TransferRequest withdrawal = world.withdrawal(c, "200.50");
    TransferOutcome o = service.transfer(withdrawal);

    assertThat(o).isInstanceOf(TransferOutcome.Succeeded.class);
    // The ledger shares the journal's database: the freeze goes in with the row, already SENT.
    assertThat(service.decisions(withdrawal.serial()))
        .containsExactly(
            "SENT: journaled SECURITIES_TO_BANK; frozen; send #1",
            "SUCCEEDED: decided SUCCEEDED (SUCCESS); ledger booked");
    var balance = world.ledger.balance(c.fund());
    assertThat(balance.available()).isEqualTo(Money.parse("299.50"));
    assertThat(balance.frozen()).isEqualTo(Money.zero(balance.frozen().currency()));
    assertThat(world.bank.bankBalanceFen(c.card().value())).isEqualTo(1_000_000 - 50_000 + 20_050);
    world.assertBooksAgree(service);
  }

  @Test
  void aWithdrawalAboveTheWithdrawableBalanceIsRefusedWithoutAskingTheBank() {
    Customer c = world.customers.get(2);
    int bankTransfersBefore = world.bank.transfers().size();

    TransferRequest withdrawal = world.withdrawal(c, "0.01");
    TransferOutcome o = service.transfer(withdrawal);
    TransferOutcome again = service.transfer(withdrawal);

    assertThat(o).isInstanceOf(TransferOutcome.Refused.class);
    assertThat(((TransferOutcome.Refused) o).code()).isEqualTo("INSUFFICIENT_WITHDRAWABLE");
    assertThat(again).isEqualTo(o);
    assertThat(service.decisions(withdrawal.serial()))
        .containsExactly(
            "FAILED: refused before sending: INSUFFICIENT_WITHDRAWABLE withdrawable balance too low");
    assertThat(world.ledger.balance(c.fund()).frozen().isZero()).isTrue();
    assertThat(world.bank.transfers()).hasSize(bankTransfersBefore);
    world.assertBooksAgree(service);
  }

  @Test
  void aDepositWithAWrongPasswordIsRefusedAndNotCredited() {
    Customer c = world.customers.get(3);
    TransferRequest wrong =
        TransferRequest.deposit(
            world.nextSerial(), c.fund(), c.card(), Money.parse("10.00"), new BankPassword("000"));

    TransferOutcome o = service.transfer(wrong);

    assertThat(o).isInstanceOf(TransferOutcome.Refused.class);
    assertThat(((TransferOutcome.Refused) o).code()).isEqualTo("BAD_PASSWORD");
    assertThat(world.ledger.balance(c.fund()).total().isZero()).isTrue();
    world.assertBooksAgree(service);
  }

  @Test
  void aDepositAboveTheBankBalanceIsRefused() {
    Customer c = world.customers.get(3);

    TransferOutcome o = service.transfer(world.deposit(c, "10000.01"));

    assertThat(((TransferOutcome.Refused) o).code()).isEqualTo("INSUFFICIENT_FUNDS");
    world.assertBooksAgree(service);
  }

  @Test
  void theSameSerialTwiceIsOneTransfer() {
    Customer c = world.customers.get(4);
    TransferRequest deposit = world.deposit(c, "70.00");

    TransferOutcome first = service.transfer(deposit);
    TransferOutcome again = service.transfer(deposit);

    assertThat(again).isEqualTo(first);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("70.00"));
    world.assertBooksAgree(service);
  }

  @Test
  void theSameSerialWithOtherContentIsRefusedAndChangesNothing() {
    Customer c = world.customers.get(5);
    TransferRequest deposit = world.deposit(c, "70.00");
    service.transfer(deposit);
    TransferRequest other =
        TransferRequest.deposit(
            deposit.serial(), c.fund(), c.card(), Money.parse("71.00"), Customer.PASSWORD);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> service.transfer(other));

    assertThat(e.code()).isEqualTo(TransferErrorCode.SERIAL_REUSED);
    assertThat(world.ledger.balance(c.fund()).available()).isEqualTo(Money.parse("70.00"));
    world.assertBooksAgree(service);
  }
}
