package io.openbroker.core.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.internal.JsonFailures;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads JSON bytes into a type and turns every Jackson failure into an {@link
 * InvalidInputException} with a stable code: {@code JSON_MALFORMED} (not JSON, duplicate keys,
 * trailing data, empty), {@code JSON_UNKNOWN_FIELD}, {@code JSON_MISSING_FIELD}, {@code
 * JSON_INVALID_VALUE}. The message names the field by its path ({@code payer.idNumber}) but never
 * repeats a value from the input, which may be personal data; Jackson's own exception, whose
 * message may quote the input, is deliberately not kept as the cause.
 *
 * <pre>{@code
 * JsonDecoder decoder = new JsonDecoder(OpenBrokerJson.strict(effects.clock()));
 * TransferRequest request = decoder.decode(body, TransferRequest.class);
 * }</pre>
 */
public final class JsonDecoder {

  private final ObjectMapper mapper;

  /** A decoder reading with {@code mapper}, usually one of {@link OpenBrokerJson}'s. */
  public JsonDecoder(ObjectMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** Decodes {@code json} as a {@code type}. */
  public <T> T decode(byte[] json, Class<T> type) {
    return decode(json, mapper.constructType(type));
  }

  /** Decodes {@code json} as a generic {@code type}, e.g. {@code List<Transfer>}. */
  public <T> T decode(byte[] json, TypeReference<T> type) {
    return decode(json, mapper.constructType(type));
  }

  private <T> T decode(byte[] json, JavaType type) {
    Objects.requireNonNull(json, "json");
    try {
      T value = mapper.readValue(json, type);
      if (value == null) {
        throw JsonFailures.nullDocument();
      }
      return value;
    } catch (IOException e) {
      throw JsonFailures.translate(e);
    }
  }
}
