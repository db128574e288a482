package io.openbroker.banksim.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;

/** Book events as JSON rows: dates and instants as ISO text. */
final class JournalJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private JournalJson() {}

  static String write(BookEvent event) {
    try {
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new InternalException(
          CoreErrorCode.INTERNAL_ERROR, "cannot journal " + event.getClass().getSimpleName(), e);
    }
  }

  static BookEvent read(String json) {
    try {
      return MAPPER.readValue(json, BookEvent.class);
    } catch (JsonProcessingException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "unreadable journal row", e);
    }
  }
}
