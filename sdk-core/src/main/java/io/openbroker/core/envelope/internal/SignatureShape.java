package io.openbroker.core.envelope.internal;

import io.openbroker.core.crypto.SignatureAlgorithm;

/**
 * A structural check of a decoded signature, so that a malformed one ({@code SIGNATURE_MALFORMED})
 * is told apart from a well-formed one that does not verify ({@code SIGNATURE_INVALID}). An SM2
 * signature must be a DER {@code SEQUENCE} of two {@code INTEGER}s; an RSA signature is a plain
 * octet string as long as the modulus, so only its length is bounded here.
 */
public final class SignatureShape {

  /** RSA-2048 (256 bytes) up to RSA-8192 (1024 bytes). */
  private static final int MIN_RSA = 256;

  private static final int MAX_RSA = 1024;

  /** Two 33-byte INTEGERs with their headers and the SEQUENCE header: at most 72 bytes. */
  private static final int MAX_SM2 = 72;

  private SignatureShape() {}

  /** Whether {@code signature} has the shape {@code algorithm} produces. */
  public static boolean fits(SignatureAlgorithm algorithm, byte[] signature) {
    return switch (algorithm) {
      case SM3_WITH_SM2 -> isDerPairOfIntegers(signature);
      case SHA256_WITH_RSA -> signature.length >= MIN_RSA && signature.length <= MAX_RSA;
    };
  }

  private static boolean isDerPairOfIntegers(byte[] der) {
    if (der.length < 8 || der.length > MAX_SM2 || der[0] != 0x30) {
      return false;
    }
    if ((der[1] & 0xff) != der.length - 2) {
      return false;
    }
    int second = integerEnd(der, 2);
    return second > 0 && integerEnd(der, second) == der.length;
  }

  /** The offset just past the short-form DER INTEGER at {@code at}, or -1 if there is none. */
  private static int integerEnd(byte[] der, int at) {
    if (at + 2 > der.length || der[at] != 0x02) {
      return -1;
    }
    int length = der[at + 1] & 0xff;
    if (length == 0 || length > 33 || at + 2 + length > der.length) {
      return -1;
    }
    return at + 2 + length;
  }
}
