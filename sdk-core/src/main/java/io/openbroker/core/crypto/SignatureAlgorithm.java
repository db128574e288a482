package io.openbroker.core.crypto;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InvalidInputException;

/**
 * The signature suites of the wire protocol (SPEC §6), with their {@code OB-Signature-Alg} header
 * names.
 */
public enum SignatureAlgorithm {
  /**
   * SM3withSM2 (GB/T 32918), DER-encoded signature, with an SM2 user ID (default {@code
   * 1234567812345678}).
   */
  SM3_WITH_SM2("SM3withSM2"),
  /** RSA PKCS#1 v1.5 with SHA-256, RSA-2048 or longer. */
  SHA256_WITH_RSA("SHA256withRSA");

  private final String wireName;

  SignatureAlgorithm(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in the {@code OB-Signature-Alg} header. */
  public String wireName() {
    return wireName;
  }

  /**
   * Parses a header value; an unknown name is {@link CoreErrorCode#ENVELOPE_UNSUPPORTED_ALGORITHM}.
   */
  public static SignatureAlgorithm fromWireName(String name) {
    for (SignatureAlgorithm algorithm : values()) {
      if (algorithm.wireName.equals(name)) {
        return algorithm;
      }
    }
    throw new InvalidInputException(
        CoreErrorCode.ENVELOPE_UNSUPPORTED_ALGORITHM, "unsupported signature algorithm");
  }
}
