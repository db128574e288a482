package io.openbroker.core.crypto;

/**
 * How an SM2 ciphertext is laid out. Both use the C1C3C2 order of GB/T 32918.4-2016 (the older
 * C1C2C3 order is not supported). Choose explicitly: peers differ.
 */
public enum Sm2CiphertextEncoding {
  /** {@code 04 || x || y || C3 || C2}: the uncompressed point C1, the SM3 hash C3, then C2. */
  C1C3C2_RAW,
  /**
   * GM/T 0009 ASN.1 DER {@code SEQUENCE { x INTEGER, y INTEGER, hash OCTET STRING, ciphertext OCTET
   * STRING }}: what OpenSSL 3 {@code pkeyutl -encrypt} writes and reads.
   */
  C1C3C2_DER
}
