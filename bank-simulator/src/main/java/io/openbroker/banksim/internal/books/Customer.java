package io.openbroker.banksim.internal.books;

import java.util.Objects;

/**
 * A client's own bank account (银行结算账户) with the four elements the bank checks and a salted digest
 * of the bank password.
 */
public record Customer(
    String bankAccount,
    String name,
    String idNumber,
    String mobile,
    String passwordSalt,
    String passwordDigest) {

  public Customer {
    Objects.requireNonNull(bankAccount, "bankAccount");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(mobile, "mobile");
    Objects.requireNonNull(passwordSalt, "passwordSalt");
    Objects.requireNonNull(passwordDigest, "passwordDigest");
  }

  /** Whether name, ID number and mobile match this account's (the card is this account). */
  public boolean matches(String otherName, String otherIdNumber, String otherMobile) {
    return name.equals(otherName) && idNumber.equals(otherIdNumber) && mobile.equals(otherMobile);
  }

  @Override
  public String toString() {
    return "Customer[bankAccount=***" + bankAccount.substring(bankAccount.length() - 4) + "]";
  }
}
