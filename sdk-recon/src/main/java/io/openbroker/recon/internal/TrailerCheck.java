package io.openbroker.recon.internal;

import io.openbroker.core.InvalidInputException;
import io.openbroker.recon.ReconErrorCode;

/**
 * The summary/trailer row of a layout that has one: {@code marker, count, total-yuan}. A file whose
 * trailer is missing, or whose details do not add up to it, is refused as incomplete (a truncated
 * download). The total is compared only when every detail line was readable, since a malformed
 * line's amount is unknown; the count always includes malformed lines.
 */
public final class TrailerCheck {

  private final String file;
  private final String marker;
  private boolean seen;
  private long count;
  private long totalFen;

  public TrailerCheck(String file, String marker) {
    this.file = file;
    this.marker = marker;
  }

  /** Whether {@code row} is the trailer row. */
  public boolean isTrailer(Row row) {
    return !marker.isEmpty() && row.fields().length > 0 && row.fields()[0].equals(marker);
  }

  /** Whether the trailer row has been read. */
  public boolean seen() {
    return seen;
  }

  /** Takes the trailer's figures; returns why the row is malformed, or null. */
  public String accept(Row row) {
    if (seen) {
      return "a second trailer row";
    }
    String[] f = row.fields();
    if (f.length < 3) {
      return "trailer row needs marker, count and total";
    }
    try {
      count = Long.parseLong(f[1].strip());
      totalFen = YuanAmount.parseFen(f[2].strip());
    } catch (IllegalArgumentException | InvalidInputException e) {
      return "trailer row: bad count or total";
    }
    seen = true;
    return null;
  }

  /** Refuses the file unless it had a trailer and its details add up to it. */
  public void verify(long good, long malformed, long detailTotalFen) {
    if (marker.isEmpty()) {
      return;
    }
    if (!seen) {
      throw incomplete("no trailer row '" + marker + "'");
    }
    if (count != good + malformed) {
      throw incomplete("trailer says " + count + " rows, file has " + (good + malformed));
    }
    if (malformed == 0 && totalFen != detailTotalFen) {
      throw incomplete(
          "trailer total "
              + YuanAmount.format(totalFen)
              + " differs from the details' "
              + YuanAmount.format(detailTotalFen));
    }
  }

  private InvalidInputException incomplete(String why) {
    return new InvalidInputException(ReconErrorCode.RECON_FILE_INCOMPLETE, file + ": " + why);
  }
}
