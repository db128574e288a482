package io.openbroker.banksim.internal.wire;

/** {@code POST /v1/transfers/query}: the current state of the transfer {@code brokerSerial}. */
public record QueryRequest(String brokerSerial) {}
