package io.openbroker.transfer;

import java.util.Objects;

/**
 * The bank's answer to one request, as {@link TransferClient} received it: {@link Verified} (the
 * bank's signature on it checked out, bound to this request) or {@link Unknown} (timeout, reset,
 * 5xx without a good signature, a bad signature, an unreadable body): the bank may or may not have
 * acted. An unverifiable answer is never taken for a success.
 *
 * <pre>{@code
 * BankAnswer<BankTransferReply> a = client.transfer(request);
 * if (a instanceof BankAnswer.Verified<BankTransferReply> v && v.isSuccess()) { ... }
 * }</pre>
 *
 * @param <T> the message the bank answers this request with
 */
public sealed interface BankAnswer<T> {

  /**
   * A signed, verified answer.
   *
   * @param httpStatus the HTTP status
   * @param resultCode the bank's result code, e.g. {@code SUCCESS}, {@code INSUFFICIENT_FUNDS}
   * @param message the bank's explanation
   * @param reply the message (fields absent in an error answer are null)
   */
  record Verified<T>(int httpStatus, String resultCode, String message, T reply)
      implements BankAnswer<T> {
    public Verified {
      Objects.requireNonNull(resultCode, "resultCode");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(reply, "reply");
    }

    /** Whether the bank says {@code SUCCESS}. */
    public boolean isSuccess() {
      return "SUCCESS".equals(resultCode);
    }
  }

  /**
   * No verified answer: the request may or may not have been applied.
   *
   * @param cause why (never containing a signature or a key)
   */
  record Unknown<T>(String cause) implements BankAnswer<T> {
    public Unknown {
      Objects.requireNonNull(cause, "cause");
    }
  }
}
