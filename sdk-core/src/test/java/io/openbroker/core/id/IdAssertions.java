package io.openbroker.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that an identifier is refused with the right code, field and reason, value-free. */
final class IdAssertions {

  private IdAssertions() {}

  static InvalidIdentifierException assertRefused(
      ThrowingCallable call, IdentifierType type, String reasonFragment, String clearValue) {
    InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, call);
    assertThat(e).as("refusal").isNotNull();
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.code()).isEqualTo(type.errorCode());
    assertThat(e.field()).isEqualTo(type.fieldName());
    assertThat(e.reason()).contains(reasonFragment);
    assertThat(e.getMessage())
        .startsWith(type.errorCode().code() + ": " + type.fieldName() + ": ")
        .contains(reasonFragment);
    if (clearValue != null && clearValue.length() >= 4) {
      assertThat(e.getMessage()).doesNotContain(clearValue);
    }
    return e;
  }
}
