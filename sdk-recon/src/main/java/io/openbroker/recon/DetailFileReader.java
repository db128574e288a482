package io.openbroker.recon;

import io.openbroker.core.InvalidInputException;
import io.openbroker.recon.internal.CountingInputStream;
import io.openbroker.recon.internal.CsvRowReader;
import io.openbroker.recon.internal.DetailRecordParser;
import io.openbroker.recon.internal.EncodedSink;
import io.openbroker.recon.internal.FastLane;
import io.openbroker.recon.internal.Row;
import io.openbroker.recon.internal.RowReader;
import io.openbroker.recon.internal.RowReaders;
import io.openbroker.recon.internal.TrailerCheck;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Streams the records of one transfer detail file (SPEC §9.1) in bounded memory. Malformed lines go
 * to the caller with their file and line number and are counted; they stop the read only in strict
 * mode. A layout with a trailer row has its count and total checked at the end.
 *
 * <pre>{@code
 * DetailFileReader reader = new DetailFileReader(FileLayout.csv(), false);
 * ReadSummary read = reader.read(path, records::add, malformed::add, bytes -> {});
 * }</pre>
 */
public final class DetailFileReader {

  private static final int PROGRESS_EVERY = 1 << 14;
  private final FileLayout layout;
  private final boolean strict;

  /**
   * @param layout how the file is laid out
   * @param strict whether the first malformed line aborts the read with {@link
   *     ReconErrorCode#RECON_LINE_MALFORMED}
   */
  public DetailFileReader(FileLayout layout, boolean strict) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.strict = strict;
  }

  /**
   * Reads {@code file}, handing each record and each malformed line to the consumers in file order.
   *
   * @param progress called now and then with the number of bytes read so far
   * @throws InvalidInputException when the file is unreadable, its header lacks a column, the
   *     trailer does not add up, or (strict mode) a line is malformed
   */
  public ReadSummary read(
      Path file,
      Consumer<TransferRecord> records,
      Consumer<MalformedLine> malformed,
      LongConsumer progress) {
    String name = file.getFileName().toString();
    try (CountingInputStream counting =
            new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        RowReader rows = RowReaders.open(counting, layout)) {
      return readRows(name, rows, counting, records, malformed, progress);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException(
          ReconErrorCode.RECON_FILE_UNREADABLE, "cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** Running counts of one read. */
  private static final class Tally {
    long good;
    long bad;
    long total;
  }

  private ReadSummary readRows(
      String name,
      RowReader rows,
      CountingInputStream counting,
      Consumer<TransferRecord> records,
      Consumer<MalformedLine> malformed,
      LongConsumer progress)
      throws IOException {
    DetailRecordParser parser = parser(name, rows);
    TrailerCheck trailer = new TrailerCheck(name, layout.trailerMarker());
    CsvRowReader csv = rows instanceof CsvRowReader c ? c : null;
    EncodedSink encoded = records instanceof EncodedSink e ? e : null;
    FastLane fast =
        csv != null && encoded != null ? new FastLane(parser, layout.trailerMarker()) : null;
    Tally tally = new Tally();
    while (true) {
      Row row;
      if (csv != null) {
        if (!csv.advance()) {
          break;
        }
        if (fast != null && !trailer.seen() && fast.encode(csv, csv.recordLine())) {
          encoded.acceptEncoded(fast);
          tally.good++;
          tally.total += fast.amountFen();
          tick(tally, counting, progress);
          continue;
        }
        row = csv.current();
      } else if ((row = rows.next()) == null) {
        break;
      }
      readRow(name, row, parser, trailer, records, malformed, tally);
      tick(tally, counting, progress);
    }
    progress.accept(counting.count());
    trailer.verify(tally.good, tally.bad, tally.total);
    return new ReadSummary(name, tally.good, tally.bad, tally.total, counting.count());
  }

  private static void tick(Tally tally, CountingInputStream counting, LongConsumer progress) {
    if (((tally.good + tally.bad) & (PROGRESS_EVERY - 1)) == 0) {
      progress.accept(counting.count());
    }
  }

  /** The general path: any row, read through strings. */
  private void readRow(
      String name,
      Row row,
      DetailRecordParser parser,
      TrailerCheck trailer,
      Consumer<TransferRecord> records,
      Consumer<MalformedLine> malformed,
      Tally tally) {
    String error = row.error();
    if (error == null && trailer.isTrailer(row)) {
      error = trailer.accept(row);
      if (error == null) {
        return;
      }
    } else if (error == null && trailer.seen()) {
      error = "detail row after the trailer row";
    }
    if (error == null) {
      try {
        TransferRecord record = parser.parse(row.fields(), row.line());
        records.accept(record);
        tally.good++;
        tally.total += record.amountFen();
      } catch (IllegalArgumentException e) {
        error = e.getMessage();
      }
    }
    if (error != null) {
      tally.bad++;
      report(new MalformedLine(name, row.line(), error), malformed);
    }
  }

  private void report(MalformedLine line, Consumer<MalformedLine> malformed) {
    if (strict) {
      throw new InvalidInputException(ReconErrorCode.RECON_LINE_MALFORMED, line.toString());
    }
    malformed.accept(line);
  }

  private DetailRecordParser parser(String name, RowReader rows) throws IOException {
    if (layout.format() == FileLayout.Format.FIXED_WIDTH) {
      return DetailRecordParser.positional(RowReaders.fixedOrder(layout));
    }
    Row header = rows.next();
    if (header == null || !header.ok()) {
      throw new InvalidInputException(
          ReconErrorCode.RECON_LAYOUT_MISMATCH, name + ": no readable header row");
    }
    return DetailRecordParser.fromHeader(header.fields(), layout.columnNames());
  }
}
