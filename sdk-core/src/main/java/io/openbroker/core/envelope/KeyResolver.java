package io.openbroker.core.envelope;

import io.openbroker.core.crypto.MessageVerifier;
import java.util.Map;
import java.util.Optional;

/**
 * The service-provider interface that finds the verifier of a peer's key by its {@code OB-Key-Id}.
 * Each {@link EnvelopeVerifier} has its own resolver, so several brokers, banks and keys live in
 * one JVM without any static registry. Implementations must be thread-safe and fast (called once
 * per message); key rotation is a resolver that knows both the old and the new key id.
 *
 * <pre>{@code
 * KeyResolver peers = KeyResolver.of(Map.of("bank-1", bankVerifier, "bank-2", newBankVerifier));
 * }</pre>
 */
@FunctionalInterface
public interface KeyResolver {

  /** The verifier of {@code keyId}, or empty when the key is unknown. */
  Optional<MessageVerifier> resolve(String keyId);

  /** A fixed set of keys (copied, so later changes to {@code verifiers} are not seen). */
  static KeyResolver of(Map<String, ? extends MessageVerifier> verifiers) {
    Map<String, MessageVerifier> copy = Map.copyOf(verifiers);
    return keyId -> Optional.ofNullable(copy.get(keyId));
  }
}
