package io.openbroker.core.crypto.internal;

import io.openbroker.core.crypto.KeyProvider;
import io.openbroker.core.crypto.Sm4Key;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link KeyProvider} over a fixed, validated map of keys. */
public final class StaticKeyProvider implements KeyProvider {

  private final String currentKeyId;
  private final Map<String, Sm4Key> keys;

  public StaticKeyProvider(String currentKeyId, Map<String, Sm4Key> keys) {
    Objects.requireNonNull(currentKeyId, "currentKeyId");
    this.keys = Map.copyOf(keys);
    for (String id : this.keys.keySet()) {
      if (!KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("invalid key id '" + id + "': " + KEY_ID.pattern());
      }
    }
    if (!this.keys.containsKey(currentKeyId)) {
      throw new IllegalArgumentException("current key id '" + currentKeyId + "' has no key");
    }
    this.currentKeyId = currentKeyId;
  }

  @Override
  public String currentKeyId() {
    return currentKeyId;
  }

  @Override
  public Optional<Sm4Key> key(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }

  @Override
  public String toString() {
    return "KeyProvider.of(current=" + currentKeyId + ", ids=" + keys.keySet() + ")";
  }
}
