package io.openbroker.recon;

import io.openbroker.recon.internal.Masking;
import java.util.Objects;

/**
 * A difference between the bank's and the broker's account-status files.
 *
 * @param reconClass {@code BANK_ONLY}, {@code BROKER_ONLY}, {@code STATUS_MISMATCH}, {@code
 *     ACCOUNT_MISMATCH} (the bound bank account differs), {@code DUPLICATE} or {@code
 *     OUT_OF_WINDOW}
 * @param side the side it is about (for mismatches: {@link Side#BANK}, the binding's record holder)
 * @param fundAccount the key
 * @param field the differing field ({@code status}, {@code bank_account}), or empty
 * @param bankValue the bank's value, or empty
 * @param brokerValue the broker's value, or empty
 */
public record AccountStatusDiscrepancy(
    ReconClass reconClass,
    Side side,
    String fundAccount,
    String field,
    String bankValue,
    String brokerValue) {

  public AccountStatusDiscrepancy {
    Objects.requireNonNull(reconClass, "reconClass");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(bankValue, "bankValue");
    Objects.requireNonNull(brokerValue, "brokerValue");
  }

  @Override
  public String toString() {
    boolean account = field.equals("bank_account");
    return "AccountStatusDiscrepancy["
        + reconClass
        + " "
        + side
        + " "
        + Masking.account(fundAccount)
        + (field.isEmpty()
            ? ""
            : " "
                + field
                + ": bank="
                + (account ? Masking.account(bankValue) : bankValue)
                + " broker="
                + (account ? Masking.account(brokerValue) : brokerValue))
        + "]";
  }
}
