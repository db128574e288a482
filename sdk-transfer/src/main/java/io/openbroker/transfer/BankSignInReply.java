package io.openbroker.transfer;

/**
 * The bank's answer to a day-cut sign-in (签到).
 *
 * @param resultCode {@code SUCCESS} or {@code BUSINESS_DATE_MISMATCH}
 * @param message the bank's explanation
 * @param bankBusinessDate the bank's current business date
 * @param signedInDate the date the broker is now signed in to, or null
 */
public record BankSignInReply(
    String resultCode, String message, String bankBusinessDate, String signedInDate) {}
