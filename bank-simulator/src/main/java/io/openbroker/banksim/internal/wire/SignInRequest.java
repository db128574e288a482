package io.openbroker.banksim.internal.wire;

/** {@code POST /v1/sign-in}: the broker signs in to the bank's business date. */
public record SignInRequest(String brokerSerial, String businessDate) {}
