package io.openbroker.transfer.internal.inbound;

/**
 * A bank-initiated transfer or reversal (docs/PROTOCOL.md §5). {@code originalBankSerial} is set
 * for a reversal only.
 */
public record BankMessage(
    String bankSerial,
    String originalBankSerial,
    String direction,
    String fundAccount,
    String bankAccount,
    String amount,
    String currency,
    String businessDate) {}
