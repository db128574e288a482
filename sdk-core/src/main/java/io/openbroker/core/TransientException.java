package io.openbroker.core;

/**
 * A temporary failure (network, busy peer, timeout): the same call may succeed later, with the same
 * idempotency key.
 */
public class TransientException extends OpenBrokerException {

  public TransientException(ErrorCode code, String message) {
    super(code, message, null);
  }

  public TransientException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
