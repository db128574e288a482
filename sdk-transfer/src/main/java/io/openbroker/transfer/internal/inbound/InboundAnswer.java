package io.openbroker.transfer.internal.inbound;

/** The broker's answer to a bank-initiated message. */
public record InboundAnswer(String resultCode, String message, String brokerSerial) {}
