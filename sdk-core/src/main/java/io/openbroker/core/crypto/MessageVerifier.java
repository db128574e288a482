package io.openbroker.core.crypto;

/** Verifies signatures made with one public key. Thread-safe, like {@link MessageSigner}. */
public interface MessageVerifier {

  /** The algorithm this verifier checks. */
  SignatureAlgorithm algorithm();

  /**
   * Whether {@code signature} is a valid signature of {@code message}. A malformed signature is
   * simply invalid ({@code false}), never an exception: the caller decides which refusal to report.
   */
  boolean verify(byte[] message, byte[] signature);
}
