package io.openbroker.recon.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small streaming RFC 4180 parser over UTF-8 bytes: quoted fields, doubled quotes, delimiters and
 * line breaks inside quotes; CRLF, LF or CR line ends; a leading byte-order mark is skipped;
 * unquoted fields and the space around quoted ones are trimmed (space, tab, U+3000). With {@code
 * quoting} off it splits plain delimited text. Other encodings are transcoded to UTF-8 first
 * ({@link Utf8Transcoder}).
 *
 * <p>Our own rather than a library because it is ~200 lines, works on bytes (strings are made once
 * per field, straight from the buffer), and reports malformed records with their line numbers
 * instead of throwing.
 */
public final class CsvRowReader implements RowReader {

  private static final int EOF = -1;
  private final InputStream in;
  private final byte delimiter;
  private final boolean quoting;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long line = 1;
  private boolean first = true;
  private byte[] field = new byte[256];
  private int length;
  private final List<String> fields = new ArrayList<>(16);

  /** {@code delimiter} must be ASCII. */
  public CsvRowReader(InputStream in, char delimiter, boolean quoting) {
    if (delimiter >= 0x80) {
      throw new IllegalArgumentException("the delimiter must be an ASCII character");
    }
    this.in = in;
    this.delimiter = (byte) delimiter;
    this.quoting = quoting;
  }

  @Override
  public Row next() throws IOException {
    if (first) {
      first = false;
      skipBom();
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
        continue; // a line of blanks only
      }
      return new Row(start, fields.toArray(new String[0]), null);
    }
  }

  private void skipBom() throws IOException {
    if (ensure(3)
        && (buf[pos] & 0xFF) == 0xEF
        && (buf[pos + 1] & 0xFF) == 0xBB
        && (buf[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
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
    skipBlanks();
    if (quoting && peek() == '"') {
      pos++;
      length = 0;
      return readQuoted();
    }
    int start = pos;
    while (pos < limit && buf[pos] != delimiter && buf[pos] != '\n' && buf[pos] != '\r') {
      pos++;
    }
    if (pos < limit) { // the whole field is in the buffer: no copy
      fields.add(trimmed(buf, start, pos));
      return null;
    }
    length = 0;
    append(buf, start, pos - start);
    int c;
    while ((c = peek()) != EOF && c != delimiter && c != '\n' && c != '\r') {
      append(buf, pos, 1);
      pos++;
    }
    fields.add(trimmed(field, 0, length));
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
          appendByte('"');
          continue;
        }
        skipBlanks();
        int after = peek();
        if (after == delimiter || after == '\n' || after == '\r' || after == EOF) {
          fields.add(new String(field, 0, length, StandardCharsets.UTF_8));
          return null;
        }
        return "unexpected character after a closing quote";
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
      appendByte(c);
    }
  }

  /** {@code bytes[from, to)} without leading/trailing blanks, as a string. */
  private String trimmed(byte[] bytes, int from, int to) {
    while (from < to) {
      int n = blankAt(bytes, from, to);
      if (n == 0) {
        break;
      }
      from += n;
    }
    while (to > from) {
      if (bytes[to - 1] == ' ' || bytes[to - 1] == '\t') {
        to--;
      } else if (to - from >= 3 && blankAt(bytes, to - 3, to) == 3) {
        to -= 3;
      } else {
        break;
      }
    }
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  /** Length of the blank (space, tab, UTF-8 U+3000) at {@code i}, or 0. */
  private static int blankAt(byte[] b, int i, int to) {
    if (b[i] == ' ' || b[i] == '\t') {
      return 1;
    }
    boolean ideographic =
        i + 2 < to
            && (b[i] & 0xFF) == 0xE3
            && (b[i + 1] & 0xFF) == 0x80
            && (b[i + 2] & 0xFF) == 0x80;
    return ideographic ? 3 : 0;
  }

  private void skipBlanks() throws IOException {
    while (true) {
      int c = peek();
      if (c == EOF || c == delimiter) {
        return;
      }
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == 0xE3 && ensure(3) && blankAt(buf, pos, limit) == 3) {
        pos += 3;
      } else {
        return;
      }
    }
  }

  private void append(byte[] src, int from, int n) {
    if (length + n > field.length) {
      field = Arrays.copyOf(field, Math.max(field.length * 2, length + n));
    }
    System.arraycopy(src, from, field, length, n);
    length += n;
  }

  private void appendByte(int b) {
    if (length == field.length) {
      field = Arrays.copyOf(field, field.length * 2);
    }
    field[length++] = (byte) b;
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
    if (pos >= limit && !ensure(1)) {
      return EOF;
    }
    return buf[pos] & 0xFF;
  }

  private int read() throws IOException {
    int c = peek();
    if (c != EOF) {
      pos++;
    }
    return c;
  }

  /** Compacts and refills until {@code n} bytes are buffered; false if the input ends first. */
  private boolean ensure(int n) throws IOException {
    if (limit - pos >= n) {
      return true;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int got = in.read(buf, limit, buf.length - limit);
      if (got <= 0) {
        return false;
      }
      limit += got;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
