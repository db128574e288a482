package io.openbroker.banksim;

import io.openbroker.core.crypto.MessageVerifier;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A broker this bank serves: the key its requests are signed with, and (for bank-initiated traffic)
 * where it listens. The broker's signature algorithm is its verifier's.
 *
 * <pre>{@code
 * new BrokerRegistration("broker-1", "broker-1-sm2", verifier, Optional.of(URI.create("http://127.0.0.1:9090")));
 * }</pre>
 *
 * @param brokerId the broker's id at the bank
 * @param keyId the {@code OB-Key-Id} of the broker's requests
 * @param verifier verifies the broker's signatures
 * @param endpoint the base URI of the broker's inbound handler, if it takes bank-initiated messages
 */
public record BrokerRegistration(
    String brokerId, String keyId, MessageVerifier verifier, Optional<URI> endpoint) {

  public BrokerRegistration {
    Objects.requireNonNull(brokerId, "brokerId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(endpoint, "endpoint");
    if (!brokerId.matches("[A-Za-z0-9_-]{1,32}")) {
      throw new IllegalArgumentException("brokerId must be 1-32 of [A-Za-z0-9_-]: " + brokerId);
    }
  }
}
