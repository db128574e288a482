package io.openbroker.recon;

import io.openbroker.recon.internal.YuanAmount;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes transfer detail files in a CSV or delimited {@link FileLayout}: for drills, tests and
 * simulators that must produce what a bank or broker would. Columns come in the given order under
 * the layout's names; CSV cells are quoted per RFC 4180 when needed. A layout with a trailer gets
 * its summary row on {@link #close()}.
 *
 * <pre>{@code
 * try (DetailFileWriter w = DetailFileWriter.open(path, FileLayout.csv())) {
 *   w.write(record);
 * }
 * }</pre>
 */
public final class DetailFileWriter implements Closeable {

  private final Writer out;
  private final FileLayout layout;
  private final List<DetailField> order;
  private final String lineEnd;
  private long count;
  private long totalFen;

  private DetailFileWriter(Writer out, FileLayout layout, List<DetailField> order, String lineEnd)
      throws IOException {
    this.out = out;
    this.layout = layout;
    this.order = List.copyOf(order);
    this.lineEnd = lineEnd;
    if (layout.format() == FileLayout.Format.FIXED_WIDTH) {
      throw new IllegalArgumentException("fixed-width files are not written by this class");
    }
    for (int i = 0; i < order.size(); i++) {
      cell(i, layout.columnNames().get(order.get(i)));
    }
    out.write(lineEnd);
  }

  /** A writer with every column in SPEC §9.1 order, LF line ends and no byte-order mark. */
  public static DetailFileWriter open(Path file, FileLayout layout) throws IOException {
    return open(file, layout, List.of(DetailField.values()), false, "\n");
  }

  /**
   * A writer with the columns in {@code order}, optionally a UTF-8 byte-order mark, and {@code
   * lineEnd} ({@code "\n"} or {@code "\r\n"}).
   */
  public static DetailFileWriter open(
      Path file, FileLayout layout, List<DetailField> order, boolean bom, String lineEnd)
      throws IOException {
    Objects.requireNonNull(lineEnd, "lineEnd");
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), layout.charset()), 1 << 16);
    if (bom) {
      writer.write('\uFEFF');
    }
    return new DetailFileWriter(writer, layout, order, lineEnd);
  }

  /** Writes one record. */
  public void write(TransferRecord r) throws IOException {
    for (int i = 0; i < order.size(); i++) {
      cell(i, value(r, order.get(i)));
    }
    out.write(lineEnd);
    count++;
    totalFen += r.amountFen();
  }

  /** Writes a raw line as is (for tests that need a malformed line). */
  public void writeRaw(String line) throws IOException {
    out.write(line);
    out.write(lineEnd);
  }

  private static String value(TransferRecord r, DetailField field) {
    return switch (field) {
      case BANK_SERIAL -> r.bankSerial();
      case BROKER_SERIAL -> r.brokerSerial();
      case CUSTOMER_NAME -> r.customerName();
      case FUND_ACCOUNT -> r.fundAccount();
      case BANK_ACCOUNT -> r.bankAccount();
      case INITIATOR -> r.initiator().name();
      case DIRECTION -> r.direction().name();
      case AMOUNT -> YuanAmount.format(r.amountFen());
      case CURRENCY -> r.currency().name();
      case TRADE_TIME -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(r.tradeTime());
      case STATUS -> r.status().name();
    };
  }

  private void cell(int index, String text) throws IOException {
    if (index > 0) {
      out.write(layout.delimiter());
    }
    if (layout.format() == FileLayout.Format.DELIMITED) {
      if (text.indexOf(layout.delimiter()) >= 0 || text.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("a delimited cell cannot hold the delimiter");
      }
      out.write(text);
      return;
    }
    // Quoted too when it starts or ends with a blank, which a reader trims from unquoted cells.
    boolean quote =
        text.indexOf(layout.delimiter()) >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0
            || !text.equals(text.strip());
    out.write(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
  }

  @Override
  public void close() throws IOException {
    if (layout.hasTrailer()) {
      out.write(
          layout.trailerMarker()
              + layout.delimiter()
              + count
              + layout.delimiter()
              + YuanAmount.format(totalFen)
              + lineEnd);
    }
    out.close();
  }
}
