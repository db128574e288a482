package io.openbroker.recon;

import io.openbroker.recon.internal.Masking;
import java.util.Objects;

/**
 * One client's end-of-day balance as one side keeps it: the broker's fund ledger (资金台账) or the
 * bank's client management account (客户交易结算资金管理账户), keyed by fund account.
 *
 * @param fundAccount the fund account, compared as text
 * @param balanceFen the balance in fen; negative is an overdraft (透支)
 */
public record ClientBalance(String fundAccount, long balanceFen) {

  public ClientBalance {
    Objects.requireNonNull(fundAccount, "fundAccount");
    if (fundAccount.isBlank()) {
      throw new IllegalArgumentException("fundAccount must not be blank");
    }
  }

  @Override
  public String toString() {
    return "ClientBalance[" + Masking.account(fundAccount) + " " + balanceFen + "]";
  }
}
