package io.openbroker.core.envelope;

import java.util.Map;
import java.util.Objects;

/**
 * Reads one header value by name, case-insensitively, so that the envelope stays independent of any
 * HTTP library: pass {@code okHttpHeaders::get}, {@code
 * httpExchange.getRequestHeaders()::getFirst}, or a plain map through {@link #of(Map)}.
 *
 * <pre>{@code
 * EnvelopeVerdict verdict =
 *     verifier.verifyRequest("POST", path, exchange.getRequestHeaders()::getFirst, body);
 * }</pre>
 */
@FunctionalInterface
public interface HeaderLookup {

  /** The value of header {@code name} (any letter case), or null when it is absent. */
  String get(String name);

  /**
   * A lookup over a map whose keys may be in any letter case: a view, not a copy, for use while the
   * message is handled. The exact name is tried first (the usual case costs one hash lookup);
   * otherwise the keys are compared ignoring case.
   */
  static HeaderLookup of(Map<String, String> headers) {
    Map<String, String> map = Objects.requireNonNull(headers, "headers");
    return name -> {
      String exact = map.get(name);
      if (exact != null) {
        return exact;
      }
      for (Map.Entry<String, String> entry : map.entrySet()) {
        if (name.equalsIgnoreCase(entry.getKey())) {
          return entry.getValue();
        }
      }
      return null;
    };
  }
}
