package io.openbroker.transfer.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.openbroker.core.InternalException;
import io.openbroker.transfer.TransferErrorCode;
import java.io.IOException;
import java.util.Optional;

/**
 * JSON of the wire messages. Requests are written compactly without nulls; answers are read as a
 * tolerant reader (fields this version does not know are ignored, so the bank may add fields).
 */
public final class WireJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private WireJson() {}

  /** The message as UTF-8 JSON. */
  public static byte[] write(Object message) {
    try {
      return MAPPER.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      throw new InternalException(
          TransferErrorCode.BANK_ANSWER_MALFORMED,
          "cannot write " + message.getClass().getSimpleName(),
          e);
    }
  }

  /** The answer as a JSON tree, or empty when it is not JSON. */
  public static Optional<JsonNode> tree(byte[] body) {
    try {
      return Optional.ofNullable(MAPPER.readTree(body));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code tree} as {@code type}, or empty when it is not of that shape. */
  public static <T> Optional<T> convert(JsonNode tree, Class<T> type) {
    try {
      return Optional.ofNullable(MAPPER.treeToValue(tree, type));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The answer read as {@code type}, or empty when it is not a JSON object of that shape. */
  public static <T> Optional<T> read(byte[] body, Class<T> type) {
    try {
      return Optional.ofNullable(MAPPER.readValue(body, type));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
