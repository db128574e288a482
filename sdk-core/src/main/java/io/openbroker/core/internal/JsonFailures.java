package io.openbroker.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InvalidInputException;
import java.io.IOException;

/**
 * Translates Jackson failures into {@link InvalidInputException}s that name the field but never
 * quote the input. Jackson's messages quote values, so they are never copied and the Jackson
 * exception is never kept as the cause; only our own value-free exceptions are.
 */
public final class JsonFailures {

  private static final int MAX_NAME = 64;

  private JsonFailures() {}

  /** The translation of {@code failure}. */
  public static InvalidInputException translate(IOException failure) {
    if (failure instanceof StreamReadException) {
      return malformed("is not well-formed JSON (or repeats a key)" + location(failure));
    }
    if (!(failure instanceof JsonMappingException)) {
      return malformed("could not be read");
    }
    JsonMappingException mapping = (JsonMappingException) failure;
    String path = JsonPaths.of(mapping);
    InvalidInputException ours = ourCause(failure);
    if (ours != null) {
      return new InvalidInputException(
          CoreErrorCode.JSON_INVALID_VALUE,
          "invalid value for " + path + ": " + reasonOf(ours),
          ours);
    }
    return translateMapping(mapping, path);
  }

  /** The document was the literal {@code null}. */
  public static InvalidInputException nullDocument() {
    return malformed("is null, not a value");
  }

  private static InvalidInputException translateMapping(JsonMappingException e, String path) {
    if (e instanceof UnrecognizedPropertyException) {
      return new InvalidInputException(CoreErrorCode.JSON_UNKNOWN_FIELD, "unknown field " + path);
    }
    if (e instanceof InvalidNullException || isMissingCreatorProperty(e)) {
      return new InvalidInputException(CoreErrorCode.JSON_MISSING_FIELD, "missing field " + path);
    }
    if (e instanceof ValueInstantiationException && e.getCause() instanceof NullPointerException) {
      // A record's compact constructor refused a null: a field was absent (lenient) or null.
      return new InvalidInputException(
          CoreErrorCode.JSON_MISSING_FIELD,
          "missing field " + sanitise(String.valueOf(e.getCause().getMessage())) + " in " + path);
    }
    if (e instanceof MismatchedInputException && isDocumentLevel(e)) {
      return malformed("is empty or has data after the value");
    }
    return new InvalidInputException(
        CoreErrorCode.JSON_INVALID_VALUE, "invalid value for " + path + location(e));
  }

  private static InvalidInputException ourCause(Throwable failure) {
    for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException) {
        return (InvalidInputException) t;
      }
    }
    return null;
  }

  private static String reasonOf(InvalidInputException ours) {
    // Our messages are value-free by contract; they already start with their own code.
    return ours.getMessage();
  }

  // Jackson has no exception subtype for these cases, only messages; JsonDecoderTest pins them so
  // that a Jackson upgrade that rewords them fails the build instead of changing our codes.
  private static boolean isMissingCreatorProperty(JsonMappingException e) {
    String message = e.getOriginalMessage();
    return message != null
        && (message.startsWith("Missing creator property")
            || message.startsWith("Missing required creator property"));
  }

  private static boolean isDocumentLevel(JsonMappingException e) {
    String message = e.getOriginalMessage();
    return message != null
        && (message.startsWith("Trailing token") || message.startsWith("No content to map"));
  }

  private static String location(IOException e) {
    if (e instanceof JsonProcessingException
        && ((JsonProcessingException) e).getLocation() != null) {
      var location = ((JsonProcessingException) e).getLocation();
      return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return "";
  }

  static String sanitise(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .limit(MAX_NAME)
        .forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
    return name.codePointCount(0, name.length()) > MAX_NAME ? out + "…" : out.toString();
  }

  private static InvalidInputException malformed(String why) {
    return new InvalidInputException(CoreErrorCode.JSON_MALFORMED, "JSON document " + why);
  }
}
