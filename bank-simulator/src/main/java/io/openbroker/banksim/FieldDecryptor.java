package io.openbroker.banksim;

/**
 * Decrypts a sensitive field (the bank password) that a broker encrypted for the bank's public key
 * (SM2 C1C3C2, or RSA-OAEP with SHA-256). Adapts whichever crypto implementation holds the bank's
 * private key.
 *
 * <pre>{@code
 * FieldDecryptor decryptor = ciphertext -> sm2Decryptor.decrypt(ciphertext);
 * }</pre>
 */
@FunctionalInterface
public interface FieldDecryptor {

  /**
   * The plaintext bytes of {@code ciphertext}.
   *
   * @throws RuntimeException if it cannot be decrypted (the bank answers {@code DECRYPTION_FAILED})
   */
  byte[] decrypt(byte[] ciphertext);
}
