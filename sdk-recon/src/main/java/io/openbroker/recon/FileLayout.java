package io.openbroker.recon;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a detail file is laid out: the format, the encoding, the column names (found by header name
 * in any order) or byte positions, and an optional summary/trailer row. Immutable; each {@code
 * with…} returns a new layout and rejects a bad setting at once.
 *
 * <pre>{@code
 * FileLayout spec = FileLayout.csv();                           // SPEC §9.1 default
 * FileLayout txt = FileLayout.delimited('|')
 *     .withCharset(Charset.forName("GBK"))
 *     .withColumnName(DetailField.AMOUNT, "txn_amt")
 *     .withTrailer("TOTAL");                                    // TOTAL|count|sum last line
 * }</pre>
 *
 * @param format CSV (RFC 4180 quoting), plain delimited text, or fixed width
 * @param charset the file's encoding (a UTF-8 byte-order mark is skipped)
 * @param delimiter the field separator of CSV and delimited files
 * @param columnNames header name of each field, for CSV and delimited files
 * @param fixedColumns byte span of each field, for fixed-width files
 * @param trailerMarker the first field of the summary row ({@code marker, count, total}); empty
 *     when the layout has none
 */
public record FileLayout(
    Format format,
    Charset charset,
    char delimiter,
    Map<DetailField, String> columnNames,
    Map<DetailField, FixedColumn> fixedColumns,
    String trailerMarker) {

  /** The physical formats. */
  public enum Format {
    /** RFC 4180: quoted fields, doubled quotes, delimiters and newlines inside quotes. */
    CSV,
    /** Plain text split on the delimiter, no quoting (typical {@code |}-delimited TXT). */
    DELIMITED,
    /**
     * Each field at a fixed byte offset and width (widths count encoded bytes, as in GBK files).
     */
    FIXED_WIDTH
  }

  /**
   * A fixed-width column.
   *
   * @param start 0-based byte offset in the line
   * @param width width in bytes
   */
  public record FixedColumn(int start, int width) {
    public FixedColumn {
      if (start < 0 || width <= 0) {
        throw new IllegalArgumentException("bad fixed column: start=" + start + " width=" + width);
      }
    }
  }

  public FileLayout {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(trailerMarker, "trailerMarker");
    columnNames = Collections.unmodifiableMap(new EnumMap<>(withAllFields(columnNames)));
    fixedColumns = Map.copyOf(fixedColumns);
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter >= 0x80) {
      throw new IllegalArgumentException("delimiter must be ASCII, not a quote or a line break");
    }
    if (format == Format.FIXED_WIDTH && !fixedColumns.keySet().containsAll(requiredFields())) {
      throw new IllegalArgumentException("a fixed-width layout needs every required field");
    }
  }

  /** The default layout of SPEC §9.1: CSV, UTF-8, header row with the default names. */
  public static FileLayout csv() {
    return new FileLayout(Format.CSV, StandardCharsets.UTF_8, ',', Map.of(), Map.of(), "");
  }

  /** Plain delimited text (no quoting), UTF-8, header row with the default names. */
  public static FileLayout delimited(char delimiter) {
    return new FileLayout(
        Format.DELIMITED, StandardCharsets.UTF_8, delimiter, Map.of(), Map.of(), "");
  }

  /** Fixed-width lines without a header, each field at the given byte span. */
  public static FileLayout fixedWidth(Map<DetailField, FixedColumn> columns) {
    return new FileLayout(Format.FIXED_WIDTH, StandardCharsets.UTF_8, ' ', Map.of(), columns, "");
  }

  /** This layout with another encoding, e.g. {@code Charset.forName("GBK")}. */
  public FileLayout withCharset(Charset newCharset) {
    return new FileLayout(format, newCharset, delimiter, columnNames, fixedColumns, trailerMarker);
  }

  /** This layout with {@code field}'s column found under {@code header}. */
  public FileLayout withColumnName(DetailField field, String header) {
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException("header name of " + field + " must not be blank");
    }
    Map<DetailField, String> names = new EnumMap<>(columnNames);
    names.put(field, header.strip());
    return new FileLayout(format, charset, delimiter, names, fixedColumns, trailerMarker);
  }

  /**
   * This layout with a trailer row whose first field is {@code marker}, followed by the number of
   * detail rows and their total amount in yuan; a file without it, or whose details do not add up
   * to it, is refused as incomplete.
   */
  public FileLayout withTrailer(String marker) {
    if (marker == null || marker.isBlank()) {
      throw new IllegalArgumentException("trailer marker must not be blank");
    }
    return new FileLayout(format, charset, delimiter, columnNames, fixedColumns, marker.strip());
  }

  /** Whether this layout has a summary/trailer row. */
  public boolean hasTrailer() {
    return !trailerMarker.isEmpty();
  }

  private static Map<DetailField, String> withAllFields(Map<DetailField, String> given) {
    Map<DetailField, String> all = new EnumMap<>(DetailField.class);
    for (DetailField field : DetailField.values()) {
      all.put(field, given.getOrDefault(field, field.defaultHeader()));
    }
    return all;
  }

  private static java.util.Set<DetailField> requiredFields() {
    java.util.Set<DetailField> required = java.util.EnumSet.noneOf(DetailField.class);
    for (DetailField field : DetailField.values()) {
      if (field.required()) {
        required.add(field);
      }
    }
    return required;
  }
}
