package io.openbroker.kyc.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.openbroker.core.InvalidInputException;
import io.openbroker.kyc.KycErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Typed reads of one JSON object, each failure naming the path of the bad field. */
final class JsonFields {

  private final JsonNode node;
  private final String path;

  JsonFields(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw invalid(path, "must be an object");
    }
    this.node = node;
    this.path = path;
  }

  String path() {
    return path;
  }

  boolean has(String field) {
    return node.hasNonNull(field);
  }

  JsonFields object(String field) {
    return new JsonFields(node.get(field), path + "." + field);
  }

  String text(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw invalid(path + "." + field, "must be text");
    }
    return value.asText();
  }

  String text(String field, String fallback) {
    return has(field) ? text(field) : fallback;
  }

  boolean bool(String field, boolean fallback) {
    if (!has(field)) {
      return fallback;
    }
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      throw invalid(path + "." + field, "must be true or false");
    }
    return value.asBoolean();
  }

  int integer(String field, int fallback) {
    if (!has(field)) {
      return fallback;
    }
    JsonNode value = node.get(field);
    if (!value.isIntegralNumber()) {
      throw invalid(path + "." + field, "must be an integer");
    }
    return value.asInt();
  }

  double decimal(String field, double fallback) {
    if (!has(field)) {
      return fallback;
    }
    JsonNode value = node.get(field);
    if (!value.isNumber()) {
      throw invalid(path + "." + field, "must be a number");
    }
    return value.asDouble();
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
    if (!has(field)) {
      if (fallback == null) {
        throw invalid(path + "." + field, "is required");
      }
      return fallback;
    }
    return parseEnum(text(field), type, path + "." + field);
  }

  <T> List<T> list(String field, Function<JsonNode, T> read) {
    List<T> out = new ArrayList<>();
    if (!has(field)) {
      return out;
    }
    JsonNode array = node.get(field);
    if (!array.isArray()) {
      throw invalid(path + "." + field, "must be a list");
    }
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(read.apply(array.get(i)));
      } catch (IllegalArgumentException e) {
        throw invalid(path + "." + field + "[" + i + "]", e.getMessage());
      }
    }
    return out;
  }

  <E extends Enum<E>> List<E> enums(String field, Class<E> type) {
    return list(field, n -> parseEnum(n.asText(), type, path + "." + field));
  }

  List<String> texts(String field) {
    return list(field, JsonNode::asText);
  }

  static <E extends Enum<E>> E parseEnum(String text, Class<E> type, String path) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(path, "unknown value '" + text + "'");
    }
  }

  static InvalidInputException invalid(String path, String why) {
    return new InvalidInputException(KycErrorCode.SCENARIO_INVALID, path + " " + why);
  }
}
