package io.openbroker.core;

/**
 * A stable, machine-readable error code. Codes travel on the wire and into logs, so once published
 * a code's {@link #code()} never changes. Each module contributes its own codes as an enum
 * implementing this interface (sdk-core's are {@link CoreErrorCode}); modules add codes, not
 * exception classes.
 */
public interface ErrorCode {

  /** The stable identifier, upper snake case, e.g. {@code SIGNATURE_INVALID}. */
  String code();
}
