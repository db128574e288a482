package io.openbroker.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value type as one JSON string, e.g. an identifier as its clear value (the wire needs the
 * clear value; masking is for logs and messages).
 */
public final class TextValueSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<T, String> toText;

  public TextValueSerializer(Class<T> type, Function<T, String> toText) {
    super(type);
    this.toText = toText;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(toText.apply(value));
  }
}
