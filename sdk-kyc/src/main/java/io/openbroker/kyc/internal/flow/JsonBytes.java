package io.openbroker.kyc.internal.flow;

import java.nio.charset.StandardCharsets;

/**
 * Collects the evidence payload's JSON text and hands it out as UTF-8. Backed by a {@code
 * StringBuilder}: the payload is almost all ASCII, and the JDK copies Latin-1 text whole (append,
 * {@code toString}, {@code getBytes}) far faster than a per-character loop into a byte array.
 */
final class JsonBytes {

  private final StringBuilder text = new StringBuilder(256);

  JsonBytes append(String part) {
    text.append(part);
    return this;
  }

  JsonBytes append(char c) {
    text.append(c);
    return this;
  }

  JsonBytes append(long value) {
    text.append(value);
    return this;
  }

  JsonBytes append(boolean value) {
    text.append(value);
    return this;
  }

  JsonBytes append(Object value) {
    text.append(value);
    return this;
  }

  /** The text written, as UTF-8. */
  byte[] toBytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
