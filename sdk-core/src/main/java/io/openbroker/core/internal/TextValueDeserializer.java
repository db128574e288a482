package io.openbroker.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.openbroker.core.InvalidInputException;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a value type from one JSON string through its validating factory. A JSON number is refused
 * in every mode: an account or card number read as a number would lose its leading zeros. A refusal
 * is rethrown as a Jackson failure (so Jackson adds the field path) carrying the value-free {@link
 * InvalidInputException} as its cause.
 */
public final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<String, T> parser;

  public TextValueDeserializer(Class<T> type, Function<String, T> parser) {
    super(type);
    this.parser = parser;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonMappingException.from(p, "expected a JSON string for " + handledType().getName());
    }
    try {
      return parser.apply(p.getText());
    } catch (InvalidInputException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
  }
}
