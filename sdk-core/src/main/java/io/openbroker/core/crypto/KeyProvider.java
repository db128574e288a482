package io.openbroker.core.crypto;

import io.openbroker.core.crypto.internal.StaticKeyProvider;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SPI: where the SM4 keys for personal data at rest come from (a KMS, an HSM, a vault). Each key
 * has a stable id; new data is encrypted under {@link #currentKeyId()}, and old data names its key
 * in its {@link FieldCipher} token, so keys rotate without a big-bang re-encryption.
 * Implementations must be thread-safe and may cache.
 *
 * <pre>{@code
 * KeyProvider keys = KeyProvider.of("pii-2026-11", Map.of(
 *     "pii-2026-05", Sm4Key.of(oldKeyBytes),
 *     "pii-2026-11", Sm4Key.of(newKeyBytes)));
 * }</pre>
 */
public interface KeyProvider {

  /** What a key id may look like: 1–64 of {@code A-Z a-z 0-9 _ -} (it is written into tokens). */
  Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** The id of the key new data is encrypted under. */
  String currentKeyId();

  /** The key with {@code keyId}, or empty when this provider does not (or no longer) hold it. */
  Optional<Sm4Key> key(String keyId);

  /**
   * A fixed set of keys held in memory, for tests and small deployments. {@code currentKeyId} must
   * be among {@code keys}; every id must match {@link #KEY_ID}.
   */
  static KeyProvider of(String currentKeyId, Map<String, Sm4Key> keys) {
    return new StaticKeyProvider(currentKeyId, keys);
  }
}
