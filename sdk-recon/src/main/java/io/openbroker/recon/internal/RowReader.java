package io.openbroker.recon.internal;

import java.io.Closeable;
import java.io.IOException;

/** Streams the rows of one file, one at a time, in file order. */
public interface RowReader extends Closeable {

  /** The next row, or null at the end of the file. Blank lines are skipped. */
  Row next() throws IOException;
}
