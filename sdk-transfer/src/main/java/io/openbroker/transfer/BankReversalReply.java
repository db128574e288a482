package io.openbroker.transfer;

/**
 * The bank's answer to a reversal (冲正).
 *
 * @param resultCode {@code SUCCESS}, {@code ALREADY_REVERSED}, or a refusal such as {@code
 *     INSUFFICIENT_FUNDS} (the money has moved on: the original stands)
 * @param message the bank's explanation
 * @param brokerSerial the reversal's own serial
 * @param originalSerial the serial of the transfer reversed
 * @param bankSerial the bank serial of the undoing movement, if any
 * @param originalStatus the original's status now: {@code REVERSED}, {@code FAILED} (never applied,
 *     or blocked before arrival) or {@code SUCCEEDED}
 * @param businessDate the bank's business date
 * @param systemTime the bank's system time
 */
public record BankReversalReply(
    String resultCode,
    String message,
    String brokerSerial,
    String originalSerial,
    String bankSerial,
    String originalStatus,
    String businessDate,
    String systemTime) {}
