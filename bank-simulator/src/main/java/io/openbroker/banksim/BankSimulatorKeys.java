package io.openbroker.banksim;

import io.openbroker.core.crypto.PrivateKeyMaterial;
import io.openbroker.core.crypto.PublicKeyMaterial;
import java.util.Objects;

/**
 * What a test needs to talk to a bank started by {@link BankSimulatorTest}: the broker's identity
 * and key (to sign requests), the bank's public key (to verify answers and encrypt the bank
 * password) and the admin key (to drive the admin API over HTTP).
 *
 * @param brokerId the registered broker's id
 * @param brokerKeyId the {@code OB-Key-Id} to send
 * @param brokerKey the broker's private key
 * @param bankKeyId the bank's {@code OB-Key-Id}
 * @param bankPublicKey the bank's public key
 * @param adminKeyId the admin {@code OB-Key-Id}
 * @param adminKey the admin private key
 */
public record BankSimulatorKeys(
    String brokerId,
    String brokerKeyId,
    PrivateKeyMaterial brokerKey,
    String bankKeyId,
    PublicKeyMaterial bankPublicKey,
    String adminKeyId,
    PrivateKeyMaterial adminKey) {

  public BankSimulatorKeys {
    Objects.requireNonNull(brokerId, "brokerId");
    Objects.requireNonNull(brokerKeyId, "brokerKeyId");
    Objects.requireNonNull(brokerKey, "brokerKey");
    Objects.requireNonNull(bankKeyId, "bankKeyId");
    Objects.requireNonNull(bankPublicKey, "bankPublicKey");
    Objects.requireNonNull(adminKeyId, "adminKeyId");
    Objects.requireNonNull(adminKey, "adminKey");
  }

  @Override
  public String toString() {
    return "BankSimulatorKeys[broker="
        + brokerId
        + ", brokerKeyId="
        + brokerKeyId
        + ", bankKeyId="
        + bankKeyId
        + "]";
  }
}
