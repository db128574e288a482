package io.openbroker.banksim.internal.wire;

/** {@code POST /v1/transfers/reversal}: undo the transfer {@code originalSerial}. */
public record ReversalRequest(String brokerSerial, String originalSerial) {}
