package io.openbroker.transfer;

import java.util.Objects;

/**
 * A client's bank password (银行密码), needed for a deposit. It is only ever sent encrypted for the
 * bank's public key, never journaled, never printed.
 *
 * @param value the password in clear
 */
public record BankPassword(String value) {

  public BankPassword {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty() || value.length() > 64) {
      throw new IllegalArgumentException("bank password must have 1 to 64 characters");
    }
  }

  @Override
  public String toString() {
    return "BankPassword[***]";
  }
}
