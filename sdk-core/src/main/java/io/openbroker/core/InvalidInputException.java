package io.openbroker.core;

/**
 * The input is wrong and must be fixed before trying again: retrying the same input fails the same
 * way.
 */
public class InvalidInputException extends OpenBrokerException {

  public InvalidInputException(ErrorCode code, String message) {
    super(code, message, null);
  }

  public InvalidInputException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
