package io.openbroker.core.crypto;

/**
 * Signs messages with one private key. Implementations are thread-safe (they keep one initialised
 * signature object per thread, since initialising an SM2 signer is several times dearer than
 * signing) and never print the key.
 */
public interface MessageSigner {

  /** The algorithm this signer produces. */
  SignatureAlgorithm algorithm();

  /** The DER-encoded signature of {@code message}. */
  byte[] sign(byte[] message);
}
