package io.openbroker.recon.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
  // The current record's fields, trimmed, one after another in the arena.
  private byte[] arena = new byte[1024];
  private int arenaLength;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int count;
  private long recordLine;
  private String error;

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
    return advance() ? current() : null;
  }

  /** The current record as a {@link Row} of strings. */
  public Row current() {
    if (error != null) {
      return new Row(recordLine, null, error);
    }
    String[] fields = new String[count];
    for (int i = 0; i < count; i++) {
      fields[i] = field(i);
    }
    return new Row(recordLine, fields, null);
  }

  /**
   * Moves to the next record, skipping blank lines; false at the end of the input. The record's
   * fields (or its {@link #error()}) stay valid until the next call.
   */
  public boolean advance() throws IOException {
    if (first) {
      first = false;
      skipBom();
    }
    while (true) {
      int c = peek();
      if (c == EOF) {
        return false;
      }
      if (c == '\n' || c == '\r') {
        consumeLineEnd();
        continue;
      }
      recordLine = line;
      error = readRecord();
      if (error != null) {
        skipToLineEnd();
        return true;
      }
      if (count == 1 && starts[0] == ends[0]) {
        continue; // a line of blanks only
      }
      return true;
    }
  }

  /** The 1-based line where the current record starts. */
  public long recordLine() {
    return recordLine;
  }

  /** Why the current record is malformed, or null. */
  public String error() {
    return error;
  }

  /** The current record's number of fields. */
  public int fieldCount() {
    return count;
  }

  /** The bytes holding the current record's fields (UTF-8). */
  public byte[] arena() {
    return arena;
  }

  /** Where field {@code i} starts in the {@link #arena()}. */
  public int start(int i) {
    return starts[i];
  }

  /** Where field {@code i} ends (exclusive) in the {@link #arena()}. */
  public int end(int i) {
    return ends[i];
  }

  /** Field {@code i} as a string. */
  public String field(int i) {
    return new String(arena, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
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
    count = 0;
    arenaLength = 0;
    while (true) {
      String failure = readField();
      if (failure != null) {
        return failure;
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
    int from = arenaLength;
    if (quoting && peek() == '"') {
      pos++;
      return readQuoted(from);
    }
    while (true) {
      int run = pos;
      while (run < limit && buf[run] != delimiter && buf[run] != '\n' && buf[run] != '\r') {
        run++;
      }
      append(buf, pos, run - pos);
      pos = run;
      if (pos < limit || !ensure(1)) {
        break;
      }
    }
    addField(from, trimEnd(from, arenaLength));
    return null;
  }

  private String readQuoted(int from) throws IOException {
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
          addField(from, arenaLength);
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

  private void addField(int from, int to) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    starts[count] = from;
    ends[count] = to;
    count++;
  }

  /** The end of {@code arena[from, to)} without trailing blanks (space, tab, U+3000). */
  private int trimEnd(int from, int to) {
    while (to > from) {
      if (arena[to - 1] == ' ' || arena[to - 1] == '\t') {
        to--;
      } else if (to - from >= 3 && blankAt(arena, to - 3, to) == 3) {
        to -= 3;
      } else {
        break;
      }
    }
    return to;
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
    if (arenaLength + n > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLength + n));
    }
    System.arraycopy(src, from, arena, arenaLength, n);
    arenaLength += n;
  }

  private void appendByte(int b) {
    if (arenaLength == arena.length) {
      arena = Arrays.copyOf(arena, arena.length * 2);
    }
    arena[arenaLength++] = (byte) b;
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
