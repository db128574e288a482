package io.openbroker.recon.internal;

/**
 * One physical record of a file: its fields, or why it could not be split into fields.
 *
 * @param line 1-based line where the record starts
 * @param fields the fields, trimmed; null when {@code error} is set
 * @param error why the record is malformed, or null
 */
public record Row(long line, String[] fields, String error) {

  /** Whether the row could be split into fields. */
  public boolean ok() {
    return error == null;
  }
}
