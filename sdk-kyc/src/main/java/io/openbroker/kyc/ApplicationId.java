package io.openbroker.kyc;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of one onboarding application, chosen by the broker's application (ids belong to the
 * client, so a retried registration is recognised).
 *
 * @param value 1 to 64 letters, digits, {@code -} or {@code _}
 */
public record ApplicationId(String value) {
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public ApplicationId {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("application id must match " + SHAPE);
    }
  }

  /** Parses an id. */
  public static ApplicationId of(String value) {
    return new ApplicationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
