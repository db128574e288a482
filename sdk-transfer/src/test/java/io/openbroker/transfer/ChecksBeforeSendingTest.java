package io.openbroker.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.money.Money;
import io.openbroker.transfer.spi.AccountActivity;
import io.openbroker.transfer.spi.RiskDecision;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The eligibility gate and the risk policy run before anything is frozen or sent; their refusals
 * are journaled with the reason, and a repeat of the serial gets the same refusal.
 */
class ChecksBeforeSendingTest {

  private static BankWorld world;

  @BeforeAll
  static void start() {
    world = new BankWorld(3);
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static TransferService service(TransferServiceBuilder b) {
    return b.client(world.client(world.bank.baseUri().toString()))
        .journal(world.db)
        .ledger(world.ledger)
        .effects(world.effects)
        .lease(Duration.ofSeconds(30))
        .build();
  }

  @Test
  void anIneligibleAccountIsRefusedWithoutAskingTheBank() {
    Customer c = world.customers.get(0);
    int before = world.bank.transfers().size();
    try (TransferService s =
        service(
            TransferService.builder()
                .riskPolicy(context -> new RiskDecision.Allow())
                .eligibility((fund, card) -> Optional.of("CALLBACK_PENDING: callback not done")))) {
      TransferRequest r = world.deposit(c, "1.00");

      TransferOutcome o = s.transfer(r);

      assertThat(o)
          .isEqualTo(
              new TransferOutcome.Refused(r.serial(), "CALLBACK_PENDING", "callback not done"));
      assertThat(s.transfer(r)).isEqualTo(o);
      assertThat(world.bank.transfers()).hasSize(before);
      assertThat(s.decisions(r.serial()))
          .containsExactly("FAILED: refused before sending: CALLBACK_PENDING callback not done");
    }
  }

  @Test
  void aDeniedWithdrawalFreezesNothingAndIsJournaledWithItsReason() {
    Customer c = world.customers.get(1);
    try (TransferService s =
        service(
            TransferService.builder()
                .riskPolicy(context -> new RiskDecision.Deny("IP_BLACKLISTED", "blacklisted")))) {
      TransferRequest r = world.withdrawal(c, "1.00");

      TransferOutcome o = s.transfer(r, TransferContext.NONE);

      assertThat(((TransferOutcome.Refused) o).code()).isEqualTo("IP_BLACKLISTED");
      assertThat(world.ledger.balance(c.fund()).frozen().isZero()).isTrue();
      assertThat(s.find(r.serial()).orElseThrow().resultMessage()).contains("risk: deny");
    }
  }

  @Test
  void thePolicySeesTheAccountsActivityFromTheJournal() {
    Customer c = world.customers.get(2);
    AtomicReference<AccountActivity> seen = new AtomicReference<>();
    try (TransferService s =
        service(
            TransferService.builder()
                .riskPolicy(
                    context -> {
                      seen.set(context.activity());
                      return new RiskDecision.Allow();
                    }))) {
      s.transfer(world.deposit(c, "9000.00"));
      s.transfer(world.withdrawal(c, "8000.00"));
      s.transfer(world.withdrawal(c, "99999.00")); // refused: not withdrawable

      s.transfer(world.deposit(c, "1.00"));

      assertThat(seen.get())
          .isEqualTo(new AccountActivity(3, 1, Money.parse("9000.00"), Money.parse("8000.00")));
      world.assertBooksAgree(s);
    }
  }
}
