package io.openbroker.banksim.internal.wire;

import io.openbroker.banksim.internal.Masking;

/**
 * {@code POST /v1/bindings/pre-designate}, {@code /designate}, {@code /change-bank-account}, {@code
 * /revoke}, {@code /query}: which fields each needs is in docs/PROTOCOL.md.
 */
public record BindingRequest(
    String brokerSerial,
    String fundAccount,
    String customerName,
    String idNumber,
    String mobile,
    String bankAccount,
    String bankPassword) {

  /** The content compared for idempotency: everything except the (randomly encrypted) password. */
  public BindingRequest withoutPassword() {
    return new BindingRequest(
        brokerSerial, fundAccount, customerName, idNumber, mobile, bankAccount, null);
  }

  @Override
  public String toString() {
    return "BindingRequest[brokerSerial="
        + brokerSerial
        + ", fundAccount="
        + Masking.last4(fundAccount)
        + "]";
  }
}
