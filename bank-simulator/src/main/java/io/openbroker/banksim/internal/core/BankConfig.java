package io.openbroker.banksim.internal.core;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.banksim.internal.books.BankRules;
import io.openbroker.core.Effects;
import io.openbroker.core.Sleeper;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import io.openbroker.core.store.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a bank is built from, checked by the public builder.
 *
 * @param effects clock, randomness and ids of the bank's decisions
 * @param wireSleeper real waiting for injected delays on the wire
 * @param host the address to bind
 * @param port the port (0: any free port)
 * @param store where the journal lives
 * @param reconDir where reconciliation files are written, if anywhere
 * @param threads HTTP worker threads
 */
public record BankConfig(
    Effects effects,
    Sleeper wireSleeper,
    String host,
    int port,
    StoreLocation store,
    Optional<Path> reconDir,
    Map<SignatureAlgorithm, BankKey> bankKeys,
    List<BrokerRegistration> brokers,
    Optional<AdminKey> admin,
    BankRules rules,
    int threads) {

  /** The key that signs admin requests. */
  public record AdminKey(String keyId, MessageVerifier verifier) {}

  public BankConfig {
    bankKeys = Map.copyOf(bankKeys);
    brokers = List.copyOf(brokers);
  }
}
