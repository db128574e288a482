package io.openbroker.kyc;

import java.util.Objects;

/**
 * A broker employee's id in the {@link io.openbroker.kyc.spi.StaffRegistry}.
 *
 * @param value the registry's id, 1 to 32 characters
 */
public record StaffId(String value) {
  public StaffId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > 32) {
      throw new IllegalArgumentException("staff id must be 1 to 32 characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
