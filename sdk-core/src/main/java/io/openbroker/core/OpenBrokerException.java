package io.openbroker.core;

import java.util.Objects;

/**
 * The root of OpenBroker's error hierarchy. Every error carries a stable {@link ErrorCode}. The
 * subclasses are named by what the caller can do about it:
 *
 * <ul>
 *   <li>{@link InvalidInputException}: fix the input (a malformed amount, an invalid ID number, bad
 *       JSON);
 *   <li>{@link CredentialException}: check keys, certificates and signatures;
 *   <li>{@link TransientException}: try again later, with the same idempotency key;
 *   <li>{@link InternalException}: a defect in OpenBroker, report it.
 * </ul>
 *
 * <p>Messages never contain personal data, keys, signatures or passwords in clear: callers pass
 * masked values.
 */
public abstract class OpenBrokerException extends RuntimeException {

  private final transient ErrorCode code;

  protected OpenBrokerException(ErrorCode code, String message, Throwable cause) {
    super(Objects.requireNonNull(code, "code").code() + ": " + message, cause);
    this.code = code;
  }

  /** The stable machine-readable code. */
  public ErrorCode code() {
    return code;
  }
}
