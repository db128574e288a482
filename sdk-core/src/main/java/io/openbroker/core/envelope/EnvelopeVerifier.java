package io.openbroker.core.envelope;

import io.openbroker.core.Effects;
import io.openbroker.core.envelope.internal.EnvelopeChecks;
import io.openbroker.core.envelope.internal.HeaderSyntax;
import io.openbroker.core.envelope.internal.ReplayCache;
import io.openbroker.core.envelope.internal.StringToSign;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Checks incoming signed requests and responses (SPEC §6). Each refusal has its own code and
 * records nothing. The checks run cheapest first, and the nonce is recorded only after the
 * signature verified, so forged messages cannot fill the replay cache:
 *
 * <ol>
 *   <li>body size ≤ limit (default 64 KiB) — {@code ENVELOPE_BODY_TOO_LARGE}
 *   <li>all five {@code OB-*} headers present and not blank — {@code ENVELOPE_MISSING_HEADER}
 *   <li>{@code OB-Signature-Alg} is {@code SM3withSM2} or {@code SHA256withRSA} — {@code
 *       ENVELOPE_UNSUPPORTED_ALGORITHM}
 *   <li>{@code OB-Nonce} is 32–128 hex digits — {@code ENVELOPE_BAD_NONCE}
 *   <li>{@code OB-Timestamp} is decimal epoch milliseconds — {@code ENVELOPE_STALE}
 *   <li>{@code OB-Key-Id} resolves to a verifier — {@code ENVELOPE_UNKNOWN_KEY}
 *   <li>{@code OB-Signature} is base64 of a signature of the algorithm's shape — {@code
 *       SIGNATURE_MALFORMED}
 *   <li>timestamp within ±skew (default 300 s) of the injected clock — {@code ENVELOPE_STALE}
 *   <li>the key's algorithm is the header's, and the signature verifies — {@code SIGNATURE_INVALID}
 *   <li>the nonce was not seen from this key within 2×skew — {@code ENVELOPE_REPLAYED}
 * </ol>
 *
 * <p>A response is verified against the nonce of the request it answers, so a response cannot be
 * replayed onto another request. One verifier serves many peers through its {@link KeyResolver}; it
 * is thread-safe.
 *
 * <pre>{@code
 * EnvelopeVerifier verifier = EnvelopeVerifier.builder(KeyResolver.of(Map.of("broker-1", v)))
 *     .clock(effects.clock())
 *     .build();
 * EnvelopeVerdict verdict = verifier.verifyRequest("POST", "/v1/transfers", headers, body);
 * }</pre>
 */
public final class EnvelopeVerifier {

  /** SPEC §6: 64 KiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /** SPEC §6: ±300 s. */
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofSeconds(300);

  /** Enough for about 1,600 messages a second sustained over the default 600 s window. */
  public static final long DEFAULT_REPLAY_CACHE_SIZE = 1_000_000;

  private final EnvelopeChecks checks;

  private EnvelopeVerifier(Builder builder) {
    Duration skew = builder.maxSkew;
    // An envelope stamped T is accepted from T-skew to T+skew inclusive, so its nonce must outlive
    // 2×skew; Caffeine expires an entry at exactly its age limit, hence the extra millisecond.
    Duration window = skew.multipliedBy(2).plusMillis(1);
    ReplayCache replay = new ReplayCache(builder.clock, window, builder.replayCacheSize);
    this.checks =
        new EnvelopeChecks(
            builder.keys, builder.clock, builder.maxBodyBytes, skew.toMillis(), replay);
  }

  /** A builder over {@code keys}, with the protocol's defaults and the system clock. */
  public static Builder builder(KeyResolver keys) {
    return new Builder(keys);
  }

  /**
   * Verifies a request.
   *
   * @param method the HTTP method received
   * @param path the request path received (without scheme, host or query)
   * @param headers the received headers, looked up case-insensitively
   * @param body the exact body bytes received
   */
  public EnvelopeVerdict verifyRequest(
      String method, String path, HeaderLookup headers, byte[] body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    return checks.verify(
        headers,
        body,
        (timestamp, nonce) -> StringToSign.request(method, path, timestamp, nonce, body));
  }

  /**
   * Verifies a response to the request that carried {@code requestNonce}.
   *
   * @param status the HTTP status received
   * @param requestNonce the {@code OB-Nonce} this side sent on the request
   * @param headers the received headers, looked up case-insensitively
   * @param body the exact body bytes received
   */
  public EnvelopeVerdict verifyResponse(
      int status, String requestNonce, HeaderLookup headers, byte[] body) {
    if (!HeaderSyntax.isNonce(requestNonce)) {
      throw new IllegalArgumentException("requestNonce must be 32 to 128 hex characters");
    }
    return checks.verify(
        headers,
        body,
        (timestamp, nonce) -> StringToSign.response(status, requestNonce, timestamp, nonce, body));
  }

  /**
   * Configures an {@link EnvelopeVerifier}; each setter rejects a bad value at once.
   *
   * <pre>{@code
   * EnvelopeVerifier.builder(keys)
   *     .clock(effects.clock())
   *     .maxBodyBytes(128 * 1024)
   *     .maxSkew(Duration.ofSeconds(120))
   *     .replayCacheSize(200_000)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final KeyResolver keys;
    private Clock clock = Effects.system().clock();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration maxSkew = DEFAULT_MAX_SKEW;
    private long replayCacheSize = DEFAULT_REPLAY_CACHE_SIZE;

    private Builder(KeyResolver keys) {
      this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The clock for the time window and the replay cache's expiry (tests pass a fake one). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The largest body accepted, in bytes (at least 1). */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** How far the signer's clock may be from ours, either way (1 s to 1 h). */
    public Builder maxSkew(Duration maxSkew) {
      Objects.requireNonNull(maxSkew, "maxSkew");
      if (maxSkew.compareTo(Duration.ofSeconds(1)) < 0
          || maxSkew.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("maxSkew must be between 1 s and 1 h: " + maxSkew);
      }
      this.maxSkew = maxSkew;
      return this;
    }

    /** How many nonces to remember at most; size it for the peak rate times 2×skew. */
    public Builder replayCacheSize(long replayCacheSize) {
      if (replayCacheSize < 1) {
        throw new IllegalArgumentException("replayCacheSize must be positive: " + replayCacheSize);
      }
      this.replayCacheSize = replayCacheSize;
      return this;
    }

    /** The verifier. */
    public EnvelopeVerifier build() {
      return new EnvelopeVerifier(this);
    }
  }
}
