package io.openbroker.banksim.internal.core;

import io.openbroker.banksim.BankResultCode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the bank answers: the result code (for the HTTP status and the fault log) and the exact JSON
 * body (for a resend, the very bytes of the first answer).
 */
public record Answer(BankResultCode code, String json) {

  public Answer {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(json, "json");
  }

  public byte[] body() {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
