package io.openbroker.transfer;

import io.openbroker.core.ErrorCode;

/** The stable error codes of sdk-transfer. */
public enum TransferErrorCode implements ErrorCode {
  /** The serial was used before for a transfer with different content. */
  SERIAL_REUSED,
  /** The bank's answer could not be read (not JSON, or not the expected message). */
  BANK_ANSWER_MALFORMED,
  /** The bank could not be reached or did not give a verified answer. */
  BANK_UNREACHABLE,
  /** The bank password could not be encrypted for the bank's key. */
  PASSWORD_ENCRYPTION_FAILED,
  /** The journal or ledger database failed. */
  JOURNAL_UNAVAILABLE,
  /** The fund account's withdrawable balance is below the amount. */
  INSUFFICIENT_WITHDRAWABLE,
  /** A bank-initiated message is malformed or names an unknown operation. */
  INBOUND_MALFORMED,
  /** A client may have at most 4 auxiliary fund accounts. */
  AUXILIARY_LIMIT,
  /** The fund account already belongs to a client's group. */
  ACCOUNT_ALREADY_GROUPED,
  /** The fund accounts are not of one client's group. */
  ACCOUNT_NOT_IN_GROUP,
  /**
   * The fund accounts of a move are bound at different depository banks: only a withdrawal at one
   * and a deposit at the other can carry the money.
   */
  CROSS_BANK_MOVE,
  /** No such transfer in the journal. */
  TRANSFER_NOT_FOUND,
  /** A deposit held for review is approved only with the client's bank password (never stored). */
  REVIEW_PASSWORD_REQUIRED,
  /** The result code of a transfer a reviewer rejected (nothing frozen, sent or booked). */
  REVIEW_REJECTED,
  /** The result code of a held transfer nobody decided in time ({@code ReviewQueue.expire}). */
  REVIEW_EXPIRED,
  /** The fund account's depository bank is not recorded, or has no service in the router. */
  FUND_ACCOUNT_NOT_ROUTED;

  @Override
  public String code() {
    return name();
  }
}
