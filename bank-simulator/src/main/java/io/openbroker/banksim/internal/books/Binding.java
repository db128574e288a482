package io.openbroker.banksim.internal.books;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fund account's depository binding to a bank account at this bank.
 *
 * @param bankAccount empty while only pre-designated
 */
public record Binding(
    String brokerId,
    String fundAccount,
    String customerName,
    String idNumber,
    String mobile,
    String bankAccount,
    BindingStatus status,
    LocalDate since) {

  public Binding {
    Objects.requireNonNull(brokerId, "brokerId");
    Objects.requireNonNull(fundAccount, "fundAccount");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(bankAccount, "bankAccount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(since, "since");
  }

  @Override
  public String toString() {
    return "Binding[" + brokerId + ", fundAccount=***, " + status + ", since=" + since + "]";
  }
}
