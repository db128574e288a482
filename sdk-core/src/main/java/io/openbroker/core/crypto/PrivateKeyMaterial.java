package io.openbroker.core.crypto;

import io.openbroker.core.RandomSource;

/**
 * A loaded private key: SM2 or RSA. Obtain one from {@link KeyReader} or {@link AsymmetricKeyPair};
 * {@code toString()} never shows the key.
 *
 * <pre>{@code
 * PrivateKeyMaterial key = KeyReader.privateKey(Path.of("broker-sm2.pem"));
 * MessageSigner signer = key.signer(RandomSource.secure());
 * }</pre>
 */
public sealed interface PrivateKeyMaterial permits Sm2PrivateKey, RsaPrivateKey {

  /** The signature suite this key signs with. */
  SignatureAlgorithm signatureAlgorithm();

  /**
   * A thread-safe signer (for SM2 with {@link Sm2UserId#DEFAULT}). Create it once per key and reuse
   * it: it keeps initialised signature objects.
   */
  MessageSigner signer(RandomSource random);

  /** The matching public key. */
  PublicKeyMaterial publicKey();

  /**
   * Decrypts a sensitive field encrypted with {@link PublicKeyMaterial#encrypt}: SM2 in the
   * OpenSSL-compatible {@link Sm2CiphertextEncoding#C1C3C2_DER} form, or RSA-OAEP-SHA-256.
   */
  byte[] decrypt(byte[] ciphertext);

  /** The key as unencrypted PKCS#8 PEM ({@code PRIVATE KEY}): handle like the key itself. */
  String toPem();
}
