package io.openbroker.transfer;

import java.util.Map;
import java.util.Objects;

/**
 * The broker's signed answer to a bank-initiated message: write {@code status}, every header and
 * the body as they are.
 *
 * @param status the HTTP status
 * @param headers the headers (the {@code OB-*} signature headers and the content type)
 * @param body the body bytes
 */
public record InboundResponse(int status, Map<String, String> headers, byte[] body) {

  public InboundResponse {
    headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    Objects.requireNonNull(body, "body");
  }
}
