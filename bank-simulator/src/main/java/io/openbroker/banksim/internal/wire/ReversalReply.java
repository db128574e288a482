package io.openbroker.banksim.internal.wire;

/** The answer to a reversal. */
public record ReversalReply(
    String resultCode,
    String message,
    String brokerSerial,
    String originalSerial,
    String bankSerial,
    String originalStatus,
    String businessDate,
    String systemTime) {}
