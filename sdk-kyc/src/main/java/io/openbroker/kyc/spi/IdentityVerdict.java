package io.openbroker.kyc.spi;

/** The MPS (or card reader) answer about a document and name. */
public enum IdentityVerdict {
  /** The document exists, is valid and belongs to the named person. */
  VERIFIED,
  /** The name, number or photo do not match. */
  MISMATCH,
  /** The checking service could not answer: retry the step. */
  UNAVAILABLE
}
