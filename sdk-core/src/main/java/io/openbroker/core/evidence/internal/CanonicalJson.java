package io.openbroker.core.evidence.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * JSON payloads in one canonical form (map keys sorted, no spaces), so that the same evidence
 * always hashes the same. Only plain JSON values are accepted: strings, integers, decimals,
 * booleans, null, lists and string-keyed maps of these; anything else (a domain object whose
 * getters might expose personal data) is refused.
 */
public final class CanonicalJson {

  /** Configured once, never changed: safe to share. */
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private CanonicalJson() {}

  /** The canonical UTF-8 JSON of {@code fields}. */
  public static byte[] encode(Map<String, ?> fields) {
    requirePlain(fields, "$");
    try {
      return MAPPER.writeValueAsBytes(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("fields cannot be written as JSON", e);
    }
  }

  /** Parses JSON bytes; null when they are not JSON. */
  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException malformed) {
      return null;
    }
  }

  private static void requirePlain(Object value, String path) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException("JSON keys must be strings at " + path);
        }
        requirePlain(entry.getValue(), path + "." + key);
      }
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        requirePlain(list.get(i), path + "[" + i + "]");
      }
      return;
    }
    throw new IllegalArgumentException(
        "not a plain JSON value at " + path + ": " + value.getClass().getName());
  }
}
