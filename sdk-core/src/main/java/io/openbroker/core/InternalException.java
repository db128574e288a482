package io.openbroker.core;

/** A defect in OpenBroker: an invariant that should always hold did not. Report it. */
public class InternalException extends OpenBrokerException {

  public InternalException(ErrorCode code, String message) {
    super(code, message, null);
  }

  public InternalException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
