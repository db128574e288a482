package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.internal.ledger.Posting;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Primary and auxiliary fund accounts (SPEC §7.5): moves, sweep, the limit of four. */
class FundAccountGroupsTest {

  private static BankWorld world;
  private static TransferService service;
  private static FundAccountGroups groups;

  @BeforeAll
  static void start() {
    world = new BankWorld(2);
    service = world.service(RetryPolicy.DEFAULT);
    groups = FundAccountGroups.open(world.db, world.ledger, world.effects.clock());
  }

  @AfterAll
  static void stop() {
    service.close();
    world.close();
  }

  private static FundAccount aux(String n) {
    return FundAccount.parse("0299000000" + n);
  }

  @Test
  void movesBetweenPrimaryAndAuxiliariesThenSweepsBack() {
    Customer c = world.customers.get(0);
    groups.openPrimary(c.fund());
    groups.addAuxiliary(c.fund(), aux("01"));
    groups.addAuxiliary(c.fund(), aux("02"));
    service.transfer(world.deposit(c, "1000.00"));
    Money bankDeposits = world.ledger.accountingBalance(Posting.BANK_DEPOSITS);

    assertThat(groups.move(BusinessSerial.parse("MV1"), c.fund(), aux("01"), Money.parse("300.00")))
        .isTrue();
    assertThat(groups.move(BusinessSerial.parse("MV1"), c.fund(), aux("01"), Money.parse("300.00")))
        .isTrue();
    assertThat(groups.move(BusinessSerial.parse("MV2"), c.fund(), aux("02"), Money.parse("200.00")))
        .isTrue();
    assertThat(groups.move(BusinessSerial.parse("MV3"), aux("02"), c.fund(), Money.parse("200.01")))
        .isFalse();
    assertThat(world.ledger.balance(aux("01")).available()).isEqualTo(Money.parse("300.00"));
    assertThat(world.ledger.balance(c.fund()).withdrawable()).isEqualTo(Money.parse("500.00"));
    assertThat(service.transfer(world.withdrawal(c, "100.00")))
        .isInstanceOf(TransferOutcome.Succeeded.class);

    Money swept = groups.sweep("SW1", c.fund());

    assertThat(swept).isEqualTo(Money.parse("500.00"));
    assertThat(groups.sweep("SW1", c.fund())).isEqualTo(Money.ofFen(0));
    assertThat(world.ledger.balance(c.fund()).total()).isEqualTo(Money.parse("900.00"));
    assertThat(world.ledger.balance(aux("01")).total().isZero()).isTrue();
    assertThat(world.ledger.accountingBalance(Posting.BANK_DEPOSITS))
        .isEqualTo(bankDeposits.minus(Money.parse("100.00")));
    world.assertBooksAgree(service);
  }

  @Test
  void aClientHasAtMostFourAuxiliaryAccountsAndEachAccountOneGroup() {
    Customer c = world.customers.get(1);
    groups.openPrimary(c.fund());
    for (int i = 11; i <= 14; i++) {
      groups.addAuxiliary(c.fund(), aux(Integer.toString(i)));
    }

    InvalidInputException fifth =
        catchThrowableOfType(
            InvalidInputException.class, () -> groups.addAuxiliary(c.fund(), aux("15")));
    InvalidInputException twice =
        catchThrowableOfType(InvalidInputException.class, () -> groups.openPrimary(aux("11")));
    InvalidInputException across =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                groups.move(
                    BusinessSerial.parse("MVX"),
                    aux("11"),
                    world.customers.get(0).fund(),
                    Money.parse("1.00")));

    assertThat(fifth.code()).isEqualTo(TransferErrorCode.AUXILIARY_LIMIT);
    assertThat(twice.code()).isEqualTo(TransferErrorCode.ACCOUNT_ALREADY_GROUPED);
    assertThat(across.code()).isEqualTo(TransferErrorCode.ACCOUNT_NOT_IN_GROUP);
    assertThat(groups.auxiliaries(c.fund())).hasSize(4);
  }
}
