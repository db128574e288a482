package io.openbroker.core.crypto;

import io.openbroker.core.RandomSource;

/**
 * A loaded public key: SM2 or RSA. Obtain one from {@link KeyReader} (PEM public key or X.509
 * certificate) or from {@link PrivateKeyMaterial#publicKey()}.
 *
 * <pre>{@code
 * PublicKeyMaterial bankKey = KeyReader.publicKey(Path.of("bank-cert.pem"));
 * boolean ok = bankKey.verifier().verify(message, signature);
 * byte[] encryptedPassword = bankKey.encrypt(password, RandomSource.secure());
 * }</pre>
 */
public sealed interface PublicKeyMaterial permits Sm2PublicKey, RsaPublicKey {

  /** The signature suite this key verifies. */
  SignatureAlgorithm signatureAlgorithm();

  /** A thread-safe verifier (for SM2 with {@link Sm2UserId#DEFAULT}). Create once, reuse. */
  MessageVerifier verifier();

  /**
   * Encrypts a sensitive field (e.g. a bank password) for this key's owner: SM2 in the
   * OpenSSL-compatible {@link Sm2CiphertextEncoding#C1C3C2_DER} form, or RSA-OAEP with SHA-256 and
   * MGF1-SHA-256.
   */
  byte[] encrypt(byte[] plaintext, RandomSource random);

  /** The key as SubjectPublicKeyInfo PEM ({@code PUBLIC KEY}). */
  String toPem();

  /** Lower-case hex SM3 hash of the DER SubjectPublicKeyInfo: a safe name for logs and key ids. */
  String fingerprint();
}
