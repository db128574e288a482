package io.openbroker.banksim.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import java.util.List;

/** Book events as JSON rows, one row per decision: dates and instants as ISO text. */
final class JournalJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private JournalJson() {}

  /** The element type of a row: one decision's events, in order. */
  private static final TypeReference<List<BookEvent>> EVENTS = new TypeReference<>() {};

  /** Built once: the writer for a row's type is on every decision's path. */
  private static final ObjectWriter WRITER = MAPPER.writerFor(EVENTS);

  private static final ObjectReader READER = MAPPER.readerFor(EVENTS);

  /** One decision's events as one JSON array (one row: fewer index entries, one atomic unit). */
  static String write(List<BookEvent> events) {
    try {
      return WRITER.writeValueAsString(events);
    } catch (JsonProcessingException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "cannot journal events", e);
    }
  }

  /** The same JSON as {@link #write}, as UTF-8 bytes (for the file journal's records). */
  static byte[] writeBytes(List<BookEvent> events) {
    try {
      return WRITER.writeValueAsBytes(events);
    } catch (JsonProcessingException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "cannot journal events", e);
    }
  }

  static List<BookEvent> read(byte[] json) {
    try {
      return READER.readValue(json);
    } catch (java.io.IOException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "unreadable journal record", e);
    }
  }

  static List<BookEvent> read(String json) {
    try {
      return READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "unreadable journal row", e);
    }
  }
}
