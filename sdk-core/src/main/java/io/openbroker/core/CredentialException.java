package io.openbroker.core;

/**
 * A key, certificate or signature problem: check the configured keys, the algorithm and the peer's
 * identity.
 */
public class CredentialException extends OpenBrokerException {

  public CredentialException(ErrorCode code, String message) {
    super(code, message, null);
  }

  public CredentialException(ErrorCode code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
