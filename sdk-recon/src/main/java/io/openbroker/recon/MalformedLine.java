package io.openbroker.recon;

import java.util.Objects;

/**
 * A line that could not be read as a record: reported with its file and line number and counted,
 * never silently dropped. The reason never contains the line's personal data.
 *
 * @param file the file's name
 * @param line the 1-based line number where the record starts
 * @param reason why it was rejected, e.g. {@code "amount: more than 2 decimals"}
 */
public record MalformedLine(String file, long line, String reason) {

  public MalformedLine {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
