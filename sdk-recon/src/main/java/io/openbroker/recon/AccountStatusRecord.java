package io.openbroker.recon;

import io.openbroker.recon.internal.Masking;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of an account-status file: a fund account's binding to a bank account.
 *
 * @param fundAccount the fund account (the key), compared as text
 * @param bankAccount the bound bank account; a change of bank account (变更银行账户) shows as a new value
 *     here
 * @param status the binding status
 * @param changeTime when the status last changed
 * @param line the 1-based line in the source file
 */
public record AccountStatusRecord(
    String fundAccount,
    String bankAccount,
    BindingStatus status,
    LocalDateTime changeTime,
    long line) {

  public AccountStatusRecord {
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(bankAccount, "bankAccount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(changeTime, "changeTime");
    if (fundAccount.isEmpty()) {
      throw new IllegalArgumentException("fundAccount must not be empty");
    }
  }

  @Override
  public String toString() {
    return "AccountStatusRecord["
        + Masking.account(fundAccount)
        + " "
        + Masking.account(bankAccount)
        + " "
        + status
        + " "
        + changeTime
        + " line "
        + line
        + "]";
  }
}
