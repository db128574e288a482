package io.openbroker.transfer.spi;

import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.FundAccount;
import java.util.Optional;

/**
 * The broker's answer to "may this account transfer at all?", wired to its onboarding state: an
 * account opened but not past the callback (回访, CSDC Art. 8), or not designated to this bank, is
 * refused before anything is frozen or sent.
 */
@FunctionalInterface
public interface EligibilityGate {

  /**
   * Why {@code fund} may not transfer with {@code card} now, or empty if it may.
   *
   * @return a refusal as {@code CODE: reason}, e.g. {@code "CALLBACK_PENDING: callback not done"}
   */
  Optional<String> refusal(FundAccount fund, BankCardNumber card);

  /** Every account is eligible (the bank still checks the binding). */
  static EligibilityGate open() {
    return (fund, card) -> Optional.empty();
  }
}
