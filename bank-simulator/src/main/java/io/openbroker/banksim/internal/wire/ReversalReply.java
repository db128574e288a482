package io.openbroker.banksim.internal.wire;

/**
 * The answer to a reversal. {@code bankSerial} and {@code businessDate} are the reversal's own (its
 * undo movement, the bank's date now); {@code originalBankSerial} and {@code originalBusinessDate}
 * are the original transfer's, null when the bank never booked the original.
 */
public record ReversalReply(
    String resultCode,
    String message,
    String brokerSerial,
    String originalSerial,
    String bankSerial,
    String originalStatus,
    String businessDate,
    String systemTime,
    String originalBankSerial,
    String originalBusinessDate) {}
