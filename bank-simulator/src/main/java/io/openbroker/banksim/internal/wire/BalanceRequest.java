package io.openbroker.banksim.internal.wire;

/** {@code POST /v1/accounts/balance}; the bank balance needs the (encrypted) bank password. */
public record BalanceRequest(String fundAccount, String bankPassword) {}
