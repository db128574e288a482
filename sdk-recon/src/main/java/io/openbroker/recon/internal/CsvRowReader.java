package io.openbroker.recon.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming RFC 4180 parser: quoted fields, doubled quotes, delimiters and line breaks
 * inside quotes; CRLF, LF or CR line ends; a leading byte-order mark is skipped; unquoted fields
 * and the space around quoted ones are trimmed. Our own rather than a library because it is ~150
 * lines, allocation-light on the hot path, and must report malformed records with line numbers
 * instead of throwing. With {@code quoting} off it splits plain delimited text.
 */
public final class CsvRowReader implements RowReader {

  private static final int EOF = -1;
  private final Reader in;
  private final char delimiter;
  private final boolean quoting;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private long line = 1;
  private boolean first = true;
  private final StringBuilder field = new StringBuilder(64);
  private final List<String> fields = new ArrayList<>(16);

  public CsvRowReader(Reader in, char delimiter, boolean quoting) {
    this.in = in;
    this.delimiter = delimiter;
    this.quoting = quoting;
  }

  @Override
  public Row next() throws IOException {
    if (first) {
      first = false;
      if (peek() == '\uFEFF') {
        pos++;
      }
    }
    while (true) {
      int c = peek();
      if (c == EOF) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        consumeLineEnd();
        continue;
      }
      long start = line;
      String error = readRecord();
      if (error != null) {
        skipToLineEnd();
        return new Row(start, null, error);
      }
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue; // a line of spaces only
      }
      return new Row(start, fields.toArray(new String[0]), null);
    }
  }

  /** Reads fields up to the end of the record; returns an error or null. */
  private String readRecord() throws IOException {
    fields.clear();
    while (true) {
      String error = readField();
      if (error != null) {
        return error;
      }
      fields.add(field.toString());
      int c = peek();
      if (c == delimiter) {
        pos++;
        continue;
      }
      if (c == '\n' || c == '\r') {
        consumeLineEnd();
      }
      return null;
    }
  }

  private String readField() throws IOException {
    field.setLength(0);
    skipSpaces();
    if (quoting && peek() == '"') {
      pos++;
      return readQuoted();
    }
    while (true) {
      if (pos >= limit && !fill()) {
        break;
      }
      int start = pos;
      while (pos < limit) {
        char c = buf[pos];
        if (c == delimiter || c == '\n' || c == '\r') {
          break;
        }
        pos++;
      }
      field.append(buf, start, pos - start);
      if (pos < limit) {
        break;
      }
    }
    trimEnd();
    return null;
  }

  private String readQuoted() throws IOException {
    long start = line;
    while (true) {
      int c = read();
      if (c == EOF) {
        return "unterminated quoted field starting on line " + start;
      }
      if (c == '"') {
        if (peek() == '"') {
          pos++;
          field.append('"');
          continue;
        }
        skipSpaces();
        int after = peek();
        if (after == delimiter || after == '\n' || after == '\r' || after == EOF) {
          return null;
        }
        return "unexpected character after a closing quote";
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r' && peek() == '\n') {
          pos++;
          field.append('\r');
          c = '\n';
        }
        line++;
      }
      field.append((char) c);
    }
  }

  private void skipSpaces() throws IOException {
    int c;
    while ((c = peek()) != EOF && c != delimiter && isBlank(c)) {
      pos++;
    }
  }

  private void trimEnd() {
    int end = field.length();
    while (end > 0 && field.charAt(end - 1) != delimiter && isBlank(field.charAt(end - 1))) {
      end--;
    }
    field.setLength(end);
  }

  /** Space, tab and the ideographic space U+3000 common in Chinese files. */
  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\u3000';
  }

  private void consumeLineEnd() throws IOException {
    int c = read();
    if (c == '\r' && peek() == '\n') {
      pos++;
    }
    line++;
  }

  private void skipToLineEnd() throws IOException {
    int c;
    while ((c = peek()) != EOF && c != '\n' && c != '\r') {
      pos++;
    }
    if (c != EOF) {
      consumeLineEnd();
    }
  }

  private int peek() throws IOException {
    if (pos >= limit && !fill()) {
      return EOF;
    }
    return buf[pos];
  }

  private int read() throws IOException {
    if (pos >= limit && !fill()) {
      return EOF;
    }
    return buf[pos++];
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
