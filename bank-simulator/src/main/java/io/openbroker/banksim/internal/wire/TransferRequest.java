package io.openbroker.banksim.internal.wire;

import io.openbroker.banksim.internal.Masking;

/**
 * {@code POST /v1/transfers}: a broker-initiated transfer. {@code customerName} is optional; when
 * given it must be the bound client's.
 */
public record TransferRequest(
    String brokerSerial,
    String direction,
    String fundAccount,
    String bankAccount,
    String amount,
    String currency,
    String customerName,
    String bankPassword) {

  /** The content compared for idempotency: everything except the (randomly encrypted) password. */
  public TransferRequest withoutPassword() {
    return new TransferRequest(
        brokerSerial, direction, fundAccount, bankAccount, amount, currency, customerName, null);
  }

  @Override
  public String toString() {
    return "TransferRequest[brokerSerial="
        + brokerSerial
        + ", "
        + direction
        + ", amount="
        + amount
        + " "
        + currency
        + ", fundAccount="
        + Masking.last4(fundAccount)
        + ", bankAccount="
        + Masking.last4(bankAccount)
        + "]";
  }
}
