package io.openbroker.recon.internal;

import io.openbroker.recon.FileLayout.FixedColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * Reads fixed-width lines: each field is a byte span of the line, decoded on its own, because the
 * widths of Chinese bank files count encoded bytes (a GBK character takes two). LF or CRLF line
 * ends; a UTF-8 byte-order mark is skipped. A line too short for a span is malformed. A line whose
 * first non-blank text starts with the trailer marker is returned split on blanks.
 */
public final class FixedWidthRowReader implements RowReader {

  private final InputStream in;
  private final Charset charset;
  private final List<FixedColumn> columns;
  private final String trailerMarker;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long line;
  private byte[] lineBytes = new byte[512];
  private boolean first = true;

  public FixedWidthRowReader(
      InputStream in, Charset charset, List<FixedColumn> columns, String trailerMarker) {
    this.in = in;
    this.charset = charset;
    this.columns = List.copyOf(columns);
    this.trailerMarker = trailerMarker;
  }

  @Override
  public Row next() throws IOException {
    while (true) {
      int length = readLine();
      if (length < 0) {
        return null;
      }
      line++;
      int offset = 0;
      if (first) {
        first = false;
        if (length >= 3
            && (lineBytes[0] & 0xFF) == 0xEF
            && (lineBytes[1] & 0xFF) == 0xBB
            && (lineBytes[2] & 0xFF) == 0xBF) {
          offset = 3;
        }
      }
      String text = new String(lineBytes, offset, length - offset, charset);
      if (text.isBlank()) {
        continue;
      }
      if (!trailerMarker.isEmpty() && text.strip().startsWith(trailerMarker)) {
        return new Row(line, text.strip().split("[\\s|,]+"), null);
      }
      return slice(offset, length);
    }
  }

  private Row slice(int offset, int length) {
    String[] fields = new String[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      FixedColumn column = columns.get(i);
      int start = offset + column.start();
      if (start + column.width() > length) {
        return new Row(
            line, null, "line is " + (length - offset) + " bytes, shorter than its layout");
      }
      fields[i] = new String(lineBytes, start, column.width(), charset).strip();
    }
    return new Row(line, fields, null);
  }

  /** Reads one line into {@code lineBytes} without its line end; -1 at the end of the file. */
  private int readLine() throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (pos >= limit) {
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? stripCr(length) : -1;
        }
      }
      any = true;
      byte b = buf[pos++];
      if (b == '\n') {
        return stripCr(length);
      }
      if (length == lineBytes.length) {
        lineBytes = Arrays.copyOf(lineBytes, length * 2);
      }
      lineBytes[length++] = b;
    }
  }

  private int stripCr(int length) {
    return length > 0 && lineBytes[length - 1] == '\r' ? length - 1 : length;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
