package io.openbroker.transfer.internal.ledger;

import io.openbroker.core.id.FundAccount;

/** A fund account's balances in fen, as stored. */
record AccountRow(FundAccount account, long available, long withdrawable, long frozen) {

  AccountRow plus(long dAvailable, long dWithdrawable, long dFrozen) {
    return new AccountRow(
        account,
        Math.addExact(available, dAvailable),
        Math.addExact(withdrawable, dWithdrawable),
        Math.addExact(frozen, dFrozen));
  }
}
