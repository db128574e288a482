package io.openbroker.banksim.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import io.openbroker.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON of the wire messages: strict (an unknown field is refused with {@code UNKNOWN_FIELD}, a
 * duplicate field with {@code BAD_REQUEST}), nulls left out of answers. The mapper is immutable
 * once built and shared.
 */
public final class WireJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private WireJson() {}

  /** The message as compact JSON. */
  public static String write(Object message) {
    try {
      return MAPPER.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new InternalException(
          CoreErrorCode.INTERNAL_ERROR, "cannot write " + message.getClass().getSimpleName(), e);
    }
  }

  /** The message as UTF-8 JSON bytes. */
  public static byte[] bytes(Object message) {
    return write(message).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a request; refuses malformed JSON and unknown fields. */
  public static <T> T read(byte[] body, Class<T> type) {
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw new InvalidInputException(BankResultCode.BAD_REQUEST, "body must be a JSON object");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidInputException(
          BankResultCode.UNKNOWN_FIELD, "unknown field '" + e.getPropertyName() + "'");
    } catch (IOException e) {
      throw new InvalidInputException(
          BankResultCode.BAD_REQUEST, "malformed JSON: " + firstLine(e));
    }
  }

  private static String firstLine(IOException e) {
    String m =
        String.valueOf(
            e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
