package io.openbroker.banksim.internal.wire;

import io.openbroker.banksim.internal.Masking;

/** {@code POST /v1/accounts/balance}; the bank balance needs the (encrypted) bank password. */
public record BalanceRequest(String fundAccount, String bankPassword) {
  @Override
  public String toString() {
    return "BalanceRequest[fundAccount=" + Masking.last4(fundAccount) + "]";
  }
}
