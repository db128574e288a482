package io.openbroker.core.id;

import io.openbroker.core.InvalidInputException;
import java.util.Objects;

/**
 * An identifier was refused. Names the field and the reason, and carries the identifier's own
 * stable code (e.g. {@code ID_NUMBER_INVALID}). The message never contains the refused value: it
 * may be a nearly correct ID or card number, which is personal data.
 *
 * <pre>{@code
 * try {
 *   ResidentIdNumber.parse(text, clock);
 * } catch (InvalidIdentifierException e) {
 *   e.field();  // "residentIdNumber"
 *   e.reason(); // "check character does not match"
 * }
 * }</pre>
 */
public class InvalidIdentifierException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final IdentifierType type;
  private final String reason;

  /** A refusal of a value of {@code type} for {@code reason}, which must not quote the value. */
  public InvalidIdentifierException(IdentifierType type, String reason) {
    super(Objects.requireNonNull(type, "type").errorCode(), type.fieldName() + ": " + reason);
    this.type = type;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The kind of identifier refused. */
  public IdentifierType type() {
    return type;
  }

  /** The field name, e.g. {@code bankCardNumber}. */
  public String field() {
    return type.fieldName();
  }

  /** Why the value was refused, without the value. */
  public String reason() {
    return reason;
  }
}
