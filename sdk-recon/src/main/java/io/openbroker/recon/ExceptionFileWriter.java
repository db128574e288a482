package io.openbroker.recon;

import io.openbroker.core.TransientException;
import io.openbroker.recon.internal.YuanAmount;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams exceptions to a CSV file (RFC 4180, UTF-8, header row), one row per exception: {@code
 * class, side, bank_serial, broker_serial, field, bank_value, broker_value, resolution, effect,
 * effect_amount, amount, fallback}. The file holds account numbers in clear: it is the working list
 * for the operations staff who resolve the exceptions, so store it accordingly.
 *
 * <pre>{@code
 * try (ExceptionFileWriter csv = ExceptionFileWriter.open(dir.resolve("exceptions.csv"))) {
 *   reconciler.reconcile(bank, broker, csv, ReconListener.none());
 * }
 * }</pre>
 */
public final class ExceptionFileWriter implements Consumer<Discrepancy>, Closeable {

  /** The header row. */
  public static final String HEADER =
      "class,side,bank_serial,broker_serial,field,bank_value,broker_value,resolution,effect,"
          + "effect_amount,amount,fallback";

  private final Writer out;
  private long rows;

  private ExceptionFileWriter(Writer out) throws IOException {
    this.out = out;
    out.write(HEADER);
    out.write("\r\n");
  }

  /** Creates (or replaces) {@code file} and writes the header. */
  public static ExceptionFileWriter open(Path file) {
    try {
      return new ExceptionFileWriter(
          new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16));
    } catch (IOException e) {
      throw new TransientException(
          ReconErrorCode.RECON_SPILL_FAILED, "cannot write " + file.getFileName(), e);
    }
  }

  @Override
  public void accept(Discrepancy d) {
    try {
      String[] cells = {
        d.reconClass().name(),
        d.side().name(),
        d.bankSerial(),
        d.brokerSerial(),
        d.field(),
        d.bankValue(),
        d.brokerValue(),
        d.resolution().name(),
        d.effect().name(),
        YuanAmount.format(d.effectFen()),
        YuanAmount.format(d.amountFen()),
        Boolean.toString(d.fallback())
      };
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(cells[i]));
      }
      out.write("\r\n");
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows written so far (the header not counted). */
  public long rows() {
    return rows;
  }

  /** RFC 4180 quoting when a cell holds a comma, quote or line break. */
  static String quote(String cell) {
    boolean needs = false;
    for (int i = 0; i < cell.length() && !needs; i++) {
      char c = cell.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
