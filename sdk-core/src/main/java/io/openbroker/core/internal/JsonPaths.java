package io.openbroker.core.internal;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Renders a Jackson reference path as {@code payer.cards[2].number}, or {@code $} for the root. */
final class JsonPaths {

  private JsonPaths() {}

  static String of(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(JsonFailures.sanitise(reference.getFieldName()));
      } else if (reference.getIndex() >= 0) {
        out.append('[').append(reference.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "$" : out.toString();
  }
}
