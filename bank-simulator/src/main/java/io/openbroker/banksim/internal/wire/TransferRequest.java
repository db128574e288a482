package io.openbroker.banksim.internal.wire;

/** {@code POST /v1/transfers}: a broker-initiated transfer. */
public record TransferRequest(
    String brokerSerial,
    String direction,
    String fundAccount,
    String bankAccount,
    String amount,
    String currency,
    String bankPassword) {

  /** The content compared for idempotency: everything except the (randomly encrypted) password. */
  public TransferRequest withoutPassword() {
    return new TransferRequest(
        brokerSerial, direction, fundAccount, bankAccount, amount, currency, null);
  }
}
