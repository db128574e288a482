package io.openbroker.banksim.internal.wire;

/** The answer to a sign-in: the bank's business date and the broker's signed-in date. */
public record SignInReply(
    String resultCode, String message, String bankBusinessDate, String signedInDate) {}
