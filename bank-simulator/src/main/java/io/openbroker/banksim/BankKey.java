package io.openbroker.banksim;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.PrivateKeyMaterial;
import java.util.Objects;

/**
 * One of the bank's own key pairs: it signs the bank's answers and messages with {@code signer} and
 * decrypts sensitive fields with {@code decryptor}. A bank has one key per signature algorithm it
 * speaks (SM2, RSA); each broker is answered with the key of its own algorithm.
 *
 * @param keyId the key id the bank sends in {@code OB-Key-Id}
 * @param signer signs with the bank's private key
 * @param decryptor decrypts fields encrypted for the bank's public key
 */
public record BankKey(String keyId, MessageSigner signer, FieldDecryptor decryptor) {

  public BankKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(decryptor, "decryptor");
  }

  /**
   * The bank key of a loaded private key (SM2 or RSA): it signs with it and decrypts fields
   * encrypted for its public key.
   */
  public static BankKey of(String keyId, PrivateKeyMaterial key, RandomSource random) {
    return new BankKey(keyId, key.signer(random), key::decrypt);
  }

  @Override
  public String toString() {
    return "BankKey[" + keyId + ", " + signer.algorithm() + "]";
  }
}
