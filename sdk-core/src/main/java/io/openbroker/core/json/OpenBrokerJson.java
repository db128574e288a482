package io.openbroker.core.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;

/**
 * Configured Jackson mappers for OpenBroker's wire messages and files. Each call builds a new
 * mapper (no shared global one); a mapper is thread-safe once built, so build one per component.
 *
 * <p>Both modes: duplicate keys, trailing tokens after the value, {@code null} for primitives and
 * numbers for enums are refused; untyped decimals read as {@code BigDecimal} (never double) and
 * {@code BigDecimal} writes without exponent; {@code java.time} values are ISO-8601 text; {@link
 * OpenBrokerModule} handles money and identifiers.
 *
 * <ul>
 *   <li>{@link #strict(Clock)}: for messages we receive. Unknown fields are refused, every field of
 *       a record must be present (an explicit {@code null} is allowed where the record allows it),
 *       scalars are not coerced ({@code "1"} is not an int, {@code 1} is not a string, {@code 1.5}
 *       is not an int), amounts must be decimal text.
 *   <li>{@link #lenient(Clock)}: for reading what a newer peer may extend. Unknown fields are
 *       ignored, missing fields are {@code null}, Jackson's default scalar coercions apply, and
 *       amounts may also be JSON numbers (read exactly).
 * </ul>
 *
 * <pre>{@code
 * ObjectMapper mapper = OpenBrokerJson.strict(effects.clock());
 * TransferRequest request = new JsonDecoder(mapper).decode(body, TransferRequest.class);
 * }</pre>
 */
public final class OpenBrokerJson {

  private OpenBrokerJson() {}

  /** A strict mapper; {@code clock} supplies today's date for ID birth-date checks. */
  public static ObjectMapper strict(Clock clock) {
    return build(true, clock);
  }

  /**
   * A strict mapper without a clock: ID and permit birth dates are checked to be real dates since
   * 1900 but not against today. Prefer {@link #strict(Clock)}.
   */
  public static ObjectMapper strict() {
    return build(true, null);
  }

  /** A lenient mapper; {@code clock} supplies today's date for ID birth-date checks. */
  public static ObjectMapper lenient(Clock clock) {
    return build(false, clock);
  }

  /** A lenient mapper without a clock (see {@link #strict()}). */
  public static ObjectMapper lenient() {
    return build(false, null);
  }

  private static ObjectMapper build(boolean strict, Clock clock) {
    JsonMapper.Builder builder =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(strict ? OpenBrokerModule.strict(clock) : OpenBrokerModule.lenient(clock))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, strict)
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, !strict);
    if (strict) {
      refuseScalarCoercions(builder);
    }
    return builder.build();
  }

  private static void refuseScalarCoercions(JsonMapper.Builder builder) {
    builder.withCoercionConfig(
        LogicalType.Textual,
        config ->
            config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      builder.withCoercionConfig(
          numeric,
          config ->
              config
                  .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                  .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
    builder.withCoercionConfig(
        LogicalType.Boolean,
        config ->
            config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
  }
}
