package io.openbroker.transfer;

import io.openbroker.core.envelope.HeaderLookup;
import java.util.Objects;

/**
 * A message the bank sent to the broker, as any web framework receives it: method, path, headers,
 * body bytes. Hand it to {@link InboundHandler#handle}.
 *
 * @param method the HTTP method
 * @param path the request path (no scheme, host or query)
 * @param headers the request headers, looked up case-insensitively
 * @param body the exact body bytes
 */
public record InboundRequest(String method, String path, HeaderLookup headers, byte[] body) {

  public InboundRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }
}
