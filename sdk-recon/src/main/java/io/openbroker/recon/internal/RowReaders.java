package io.openbroker.recon.internal;

import io.openbroker.recon.DetailField;
import io.openbroker.recon.FileLayout;
import io.openbroker.recon.FileLayout.FixedColumn;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Opens the {@link RowReader} a layout calls for. */
public final class RowReaders {

  private RowReaders() {}

  /** A reader of {@code in} laid out as {@code layout}. */
  public static RowReader open(InputStream in, FileLayout layout) {
    return switch (layout.format()) {
      case CSV -> new CsvRowReader(utf8(in, layout), layout.delimiter(), true);
      case DELIMITED -> new CsvRowReader(utf8(in, layout), layout.delimiter(), false);
      case FIXED_WIDTH ->
          new FixedWidthRowReader(
              in, layout.charset(), fixedColumns(layout), layout.trailerMarker());
    };
  }

  private static InputStream utf8(InputStream in, FileLayout layout) {
    if (layout.charset().equals(StandardCharsets.UTF_8)) {
      return in;
    }
    return new Utf8Transcoder(new InputStreamReader(in, layout.charset()));
  }

  /** The fields of a fixed-width layout in the order its reader returns them. */
  public static List<DetailField> fixedOrder(FileLayout layout) {
    List<DetailField> order = new ArrayList<>();
    for (DetailField field : DetailField.values()) {
      if (layout.fixedColumns().containsKey(field)) {
        order.add(field);
      }
    }
    return order;
  }

  private static List<FixedColumn> fixedColumns(FileLayout layout) {
    List<FixedColumn> columns = new ArrayList<>();
    for (DetailField field : fixedOrder(layout)) {
      columns.add(layout.fixedColumns().get(field));
    }
    return columns;
  }
}
