package io.openbroker.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.money.Money;
import java.io.IOException;

/**
 * Reads a {@link Money} from decimal yuan text ({@code "1000.00"}), signed, in CNY. In strict mode
 * a JSON number is refused (the wire form is text); leniently a number is read from its exact
 * decimal text through {@code BigDecimal}, so floating point never reaches the amount.
 */
public final class MoneyDeserializer extends StdScalarDeserializer<Money> {

  private static final long serialVersionUID = 1L;

  private final boolean strict;

  public MoneyDeserializer(boolean strict) {
    super(Money.class);
    this.strict = strict;
  }

  @Override
  public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    try {
      if (token == JsonToken.VALUE_STRING) {
        return Money.parseSigned(p.getText());
      }
      if (token.isNumeric() && !strict) {
        return Money.ofYuan(p.getDecimalValue());
      }
    } catch (InvalidInputException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
    throw JsonMappingException.from(
        p, "an amount must be decimal text such as \"1000.00\", not " + describe(token));
  }

  private static String describe(JsonToken token) {
    return token.isNumeric() ? "a JSON number" : "JSON " + token.name();
  }
}
