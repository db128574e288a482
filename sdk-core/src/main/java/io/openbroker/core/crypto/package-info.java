/**
 * 国密 SM2/SM3/SM4 and RSA through Bouncy Castle's lightweight API (no provider is ever registered
 * JVM-wide), interoperable byte for byte with OpenSSL 3. Entry points: {@link
 * io.openbroker.core.crypto.KeyReader} (PEM, X.509, PKCS#12) and {@link
 * io.openbroker.core.crypto.AsymmetricKeyPair} (generation) give {@link
 * io.openbroker.core.crypto.PrivateKeyMaterial} / {@link
 * io.openbroker.core.crypto.PublicKeyMaterial}, which make thread-safe {@link
 * io.openbroker.core.crypto.MessageSigner}s and {@link io.openbroker.core.crypto.MessageVerifier}s
 * and encrypt sensitive fields; {@link io.openbroker.core.crypto.Sm3Hash}, {@link
 * io.openbroker.core.crypto.Sm4Gcm}, {@link io.openbroker.core.crypto.FieldCipher} (PII at rest
 * under a {@link io.openbroker.core.crypto.KeyProvider}) and {@link
 * io.openbroker.core.crypto.CryptoSelfTest} (run at start-up).
 */
package io.openbroker.core.crypto;
