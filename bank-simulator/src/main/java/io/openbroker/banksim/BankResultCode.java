package io.openbroker.banksim;

import io.openbroker.core.ErrorCode;

/**
 * The result code of every answer the simulated bank gives (docs/PROTOCOL.md lists when each
 * occurs). The enum constant's name is the wire code. Business refusals are <em>definite</em>: the
 * bank records them against the serial, and a resend returns the same refusal forever.
 */
public enum BankResultCode implements ErrorCode {
  /** Done; for a transfer, the money moved. */
  SUCCESS(Kind.SUCCESS),
  INSUFFICIENT_FUNDS(Kind.REFUSAL),
  NOT_BOUND(Kind.REFUSAL),
  ALREADY_BOUND(Kind.REFUSAL),
  BAD_PASSWORD(Kind.REFUSAL),
  FOUR_ELEMENTS_MISMATCH(Kind.REFUSAL),
  ACCOUNT_NOT_FOUND(Kind.REFUSAL),
  BALANCE_NOT_ZERO(Kind.REFUSAL),
  LIMIT_EXCEEDED(Kind.REFUSAL),
  OUTSIDE_HOURS(Kind.REFUSAL),
  DAY_CUT_IN_PROGRESS(Kind.REFUSAL),
  BUSINESS_DATE_MISMATCH(Kind.REFUSAL),
  CURRENCY_NOT_SUPPORTED(Kind.REFUSAL),
  NOT_FOUND(Kind.REFUSAL),
  /** A bank-initiated transfer the broker refused definitively. */
  REFUSED_BY_BROKER(Kind.REFUSAL),
  ALREADY_REVERSED(Kind.REFUSAL),
  /** A reversal for this serial arrived before the original: the original is refused for good. */
  REVERSED_BEFORE_ARRIVAL(Kind.REFUSAL),
  /** The serial was used before for a different request; the first request's outcome stands. */
  EXISTS_WITH_DIFFERENT_CONTENT(Kind.REJECTED),
  /** Malformed JSON, a missing or invalid field. Nothing applied. */
  BAD_REQUEST(Kind.REJECTED),
  /** A field the protocol does not define (strict mode). Nothing applied. */
  UNKNOWN_FIELD(Kind.REJECTED),
  /** The encrypted field could not be decrypted with the bank's key. Nothing applied. */
  DECRYPTION_FAILED(Kind.REJECTED),
  BODY_TOO_LARGE(Kind.REJECTED),
  SIGNATURE_MISSING(Kind.UNAUTHENTICATED),
  SIGNATURE_INVALID(Kind.UNAUTHENTICATED),
  UNKNOWN_KEY(Kind.UNAUTHENTICATED),
  UNSUPPORTED_ALGORITHM(Kind.UNAUTHENTICATED),
  /** {@code OB-Nonce} is not 16 to 64 random bytes in hex. */
  BAD_NONCE(Kind.UNAUTHENTICATED),
  REPLAYED(Kind.UNAUTHENTICATED),
  STALE(Kind.UNAUTHENTICATED),
  /** A signed request for an admin path with a key that is not the admin key. */
  FORBIDDEN(Kind.UNAUTHENTICATED),
  /** The bank could not process the request now (injected 5xx, store failure); nothing applied. */
  SERVICE_UNAVAILABLE(Kind.UNAVAILABLE),
  /** No such path. */
  NO_SUCH_OPERATION(Kind.REJECTED);

  /** How a code relates to the request's effect. */
  public enum Kind {
    /** Applied. */
    SUCCESS,
    /** A business refusal: recorded against the serial, definite. */
    REFUSAL,
    /** The request itself was not acceptable; nothing recorded, the serial stays unused. */
    REJECTED,
    /** The request's signature or key was not acceptable (HTTP 401 or 403). */
    UNAUTHENTICATED,
    /** A temporary failure; nothing applied, retry with the same serial. */
    UNAVAILABLE
  }

  private final Kind kind;

  BankResultCode(Kind kind) {
    this.kind = kind;
  }

  /** How this code relates to the request's effect. */
  public Kind kind() {
    return kind;
  }

  @Override
  public String code() {
    return name();
  }
}
