package io.openbroker.recon;

import io.openbroker.core.ErrorCode;

/** The error codes raised by sdk-recon. The enum constant's name is the wire code. */
public enum ReconErrorCode implements ErrorCode {
  /** A file could not be found or read. */
  RECON_FILE_UNREADABLE,
  /** A required column is missing from the header, or the layout does not fit the file. */
  RECON_LAYOUT_MISMATCH,
  /** A malformed line in strict mode. */
  RECON_LINE_MALFORMED,
  /** The file's digest or signature does not verify: it must not be used. */
  RECON_FILE_UNVERIFIED,
  /** The summary/trailer row is missing or does not equal the sum of the details. */
  RECON_FILE_INCOMPLETE,
  /** Spill files could not be written or read. */
  RECON_SPILL_FAILED,
  /** An exception case was moved along a transition its workflow does not allow. */
  RECON_ILLEGAL_TRANSITION,
  /** No exception case with that id. */
  RECON_UNKNOWN_CASE;

  @Override
  public String code() {
    return name();
  }
}
