package io.openbroker.banksim.internal.wire;

/** The answer when a request was not processed: a result code and why. */
public record ErrorReply(String resultCode, String message) {}
