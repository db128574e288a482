package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.internal.ledger.Posting;
import io.openbroker.transfer.testing.BankWorld;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A group whose auxiliary is bound at a bank of its own: money may not move inside the broker
 * between accounts that different banks mirror (each bank's management account would stop matching
 * the ledger); an unbound auxiliary is mirrored at its primary's bank and moves freely; the
 * overdraft check counts each auxiliary against the bank that mirrors it.
 */
class FundAccountGroupsCrossBankTest {

  private static final FundAccount PRIMARY = FundAccount.parse("029900000100");
  private static final FundAccount ELSEWHERE = FundAccount.parse("029900000101");
  private static final FundAccount UNBOUND = FundAccount.parse("029900000102");

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
  private JdbcFundLedger ledger;
  private FundAccountGroups groups;

  @BeforeEach
  void open() {
    DataSource db = BankWorld.h2Memory();
    ledger = JdbcFundLedger.open(db, clock);
    FundAccountBanks banks = FundAccountBanks.open(db, clock);
    banks.bind(PRIMARY, "ICBC");
    banks.bind(ELSEWHERE, "CMB");
    groups = FundAccountGroups.open(db, ledger, clock, banks);
    groups.openPrimary(PRIMARY);
    groups.addAuxiliary(PRIMARY, ELSEWHERE);
    groups.addAuxiliary(PRIMARY, UNBOUND);
    ledger.credit(BusinessSerial.parse("DEPICBC1"), PRIMARY, Money.parse("500.00"));
    ledger.credit(BusinessSerial.parse("DEPCMB1"), ELSEWHERE, Money.parse("80.00"));
  }

  @Test
  void aMoveBetweenAccountsAtDifferentBanksIsRefusedAndChangesNothing() {
    InvalidInputException out =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                groups.move(BusinessSerial.parse("MV1"), PRIMARY, ELSEWHERE, Money.parse("1.00")));
    InvalidInputException in =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                groups.move(BusinessSerial.parse("MV2"), ELSEWHERE, PRIMARY, Money.parse("1.00")));
    InvalidInputException sideways =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                groups.move(BusinessSerial.parse("MV3"), UNBOUND, ELSEWHERE, Money.parse("1.00")));

    assertThat(out.code()).isEqualTo(TransferErrorCode.CROSS_BANK_MOVE);
    assertThat(in.code()).isEqualTo(TransferErrorCode.CROSS_BANK_MOVE);
    assertThat(sideways.code()).isEqualTo(TransferErrorCode.CROSS_BANK_MOVE);
    assertThat(ledger.balance(PRIMARY).total()).isEqualTo(Money.parse("500.00"));
    assertThat(ledger.balance(ELSEWHERE).total()).isEqualTo(Money.parse("80.00"));
  }

  @Test
  void theOverdraftCheckCountsAnAuxiliaryAgainstTheBankThatMirrorsIt() {
    assertThat(groups.move(BusinessSerial.parse("MV5"), PRIMARY, UNBOUND, Money.parse("120.00")))
        .isTrue();
    OverdraftCheck check = OverdraftCheck.of(ledger).withGroups(groups);

    OverdraftReport balanced =
        check.against(Map.of(PRIMARY, Money.parse("500.00"), ELSEWHERE, Money.parse("80.00")));
    OverdraftReport shortByOneFen =
        check.against(Map.of(PRIMARY, Money.parse("499.99"), ELSEWHERE, Money.parse("79.99")));

    assertThat(balanced.clean()).as(balanced.findings().toString()).isTrue();
    assertThat(shortByOneFen.findings())
        .containsExactlyInAnyOrder(
            new OverdraftFinding.BrokerExceedsBank(
                PRIMARY, Money.parse("500.00"), Money.parse("499.99")),
            new OverdraftFinding.BrokerExceedsBank(
                ELSEWHERE, Money.parse("80.00"), Money.parse("79.99")));
  }

  @Test
  void anUnboundAuxiliaryMovesAndIsSweptButOneAtAnotherBankStays() {
    assertThat(groups.move(BusinessSerial.parse("MV4"), PRIMARY, UNBOUND, Money.parse("120.00")))
        .isTrue();
    Money bankDeposits = ledger.accountingBalance(Posting.BANK_DEPOSITS);

    Money swept = groups.sweep("SW9", PRIMARY);

    assertThat(swept).isEqualTo(Money.parse("120.00"));
    assertThat(ledger.balance(PRIMARY).total()).isEqualTo(Money.parse("500.00"));
    assertThat(ledger.balance(UNBOUND).total().isZero()).isTrue();
    assertThat(ledger.balance(ELSEWHERE).total()).isEqualTo(Money.parse("80.00"));
    assertThat(ledger.accountingBalance(Posting.BANK_DEPOSITS)).isEqualTo(bankDeposits);
  }
}
