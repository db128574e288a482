package io.openbroker.transfer;

import io.openbroker.core.Effects;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.PublicKeyMaterial;
import io.openbroker.core.envelope.EnvelopeSigner;
import io.openbroker.core.envelope.EnvelopeVerifier;
import io.openbroker.core.envelope.KeyResolver;
import io.openbroker.transfer.internal.SignedCall;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Configures a {@link TransferClient}. Settings are checked on arrival; {@link #build()} checks
 * that the required ones are there.
 *
 * <p>TLS, connection pooling, proxies and interceptors are OkHttp's: pass a configured {@link
 * OkHttpClient} (share one per JVM; {@code build()} derives this client's from it with the timeouts
 * set here).
 *
 * <pre>{@code
 * TransferClient client = TransferClient.builder()
 *     .baseUrl(URI.create("https://bank.example"))
 *     .brokerKey("broker-1-sm2", signer)
 *     .bankKey("bank-sm2", bankPublicKey)
 *     .effects(Effects.system())
 *     .okHttpClient(sharedOkHttp)                 // TLS, pool, proxy
 *     .connectTimeout(Duration.ofSeconds(2))
 *     .callTimeout(Duration.ofSeconds(10))
 *     .build();
 * }</pre>
 */
public final class TransferClientBuilder {

  private HttpUrl baseUrl;
  private String brokerKeyId;
  private MessageSigner brokerSigner;
  private String bankKeyId;
  private PublicKeyMaterial bankKey;
  private Effects effects = Effects.system();
  private OkHttpClient okHttp;
  private Duration connectTimeout = Duration.ofSeconds(3);
  private Duration callTimeout = Duration.ofSeconds(10);
  private Duration maxSkew = EnvelopeVerifier.DEFAULT_MAX_SKEW;
  private int maxIdleConnections = DEFAULT_IDLE_CONNECTIONS;

  /**
   * Kept-alive connections to the bank (OkHttp's own default is 5): a broker node runs many
   * transfers at once, and a connection closed after each call costs a TCP set-up on both sides
   * (measured: a tenth of the broker's CPU under 64 concurrent transfers).
   */
  static final int DEFAULT_IDLE_CONNECTIONS = 64;

  TransferClientBuilder() {}

  /** The bank's base URL, e.g. {@code https://bank.example}; paths {@code /v1/...} go under it. */
  public TransferClientBuilder baseUrl(URI uri) {
    HttpUrl url = HttpUrl.get(Objects.requireNonNull(uri, "uri").toString());
    this.baseUrl = url;
    return this;
  }

  /** The broker's key id ({@code OB-Key-Id}) and signer. */
  public TransferClientBuilder brokerKey(String keyId, MessageSigner signer) {
    this.brokerKeyId = Objects.requireNonNull(keyId, "keyId");
    this.brokerSigner = Objects.requireNonNull(signer, "signer");
    return this;
  }

  /**
   * The bank's key id and public key: answers must be signed by it, and the bank password is
   * encrypted for it (SM2 C1C3C2, or RSA-OAEP).
   */
  public TransferClientBuilder bankKey(String keyId, PublicKeyMaterial publicKey) {
    this.bankKeyId = Objects.requireNonNull(keyId, "keyId");
    this.bankKey = Objects.requireNonNull(publicKey, "publicKey");
    return this;
  }

  /** Clock (timestamps, answer freshness) and randomness (nonces, encryption). */
  public TransferClientBuilder effects(Effects value) {
    this.effects = Objects.requireNonNull(value, "effects");
    return this;
  }

  /**
   * The OkHttp client to derive from (TLS, pool, dispatcher); default a new one with a pool of
   * {@link #maxIdleConnections} connections. Its timeouts are replaced: {@link #connectTimeout} and
   * {@link #callTimeout} here, and no separate read or write timeout (the call timeout bounds
   * them).
   */
  public TransferClientBuilder okHttpClient(OkHttpClient value) {
    this.okHttp = Objects.requireNonNull(value, "okHttpClient");
    return this;
  }

  /**
   * How many idle connections to the bank the default client keeps alive for 5 minutes (default 64;
   * ignored when an {@link #okHttpClient} is given, whose pool is used as it is).
   */
  public TransferClientBuilder maxIdleConnections(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("maxIdleConnections must be positive: " + value);
    }
    this.maxIdleConnections = value;
    return this;
  }

  /** How long to wait for a connection (default 3 s). */
  public TransferClientBuilder connectTimeout(Duration value) {
    this.connectTimeout = positive(value, "connectTimeout");
    return this;
  }

  /**
   * How long one call may take in all (default 10 s); past it, the outcome is unknown and the
   * service's retry policy takes over.
   */
  public TransferClientBuilder callTimeout(Duration value) {
    this.callTimeout = positive(value, "callTimeout");
    return this;
  }

  /** The accepted clock difference on the bank's answers (default 300 s, SPEC §6). */
  public TransferClientBuilder maxSkew(Duration value) {
    this.maxSkew = positive(value, "maxSkew");
    return this;
  }

  /** Builds the client. */
  public TransferClient build() {
    if (baseUrl == null || brokerSigner == null || bankKey == null) {
      throw new IllegalStateException("baseUrl, brokerKey and bankKey are required");
    }
    OkHttpClient base =
        okHttp != null
            ? okHttp
            : new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(maxIdleConnections, 5, TimeUnit.MINUTES))
                .build();
    OkHttpClient http =
        base.newBuilder()
            .connectTimeout(connectTimeout)
            .callTimeout(callTimeout)
            // The call timeout bounds every read and write of a call. OkHttp's own per-read and
            // per-write timeouts would each enter Okio's watchdog queue, one lock all callers
            // share (contended under 64 concurrent transfers), and make each socket read a
            // non-blocking read, a poll and a read again.
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO)
            // A silent retry would resend the same nonce (refused as a replay) and hide the
            // attempt from the journal; every resend goes through the service's policy instead.
            .retryOnConnectionFailure(false)
            .build();
    EnvelopeVerifier verifier =
        EnvelopeVerifier.builder(KeyResolver.of(Map.of(bankKeyId, bankKey.verifier())))
            .clock(effects.clock())
            .maxSkew(maxSkew)
            .build();
    EnvelopeSigner signer = new EnvelopeSigner(brokerKeyId, brokerSigner, effects);
    return new TransferClient(
        new SignedCall(http, baseUrl, signer, verifier), bankKey, effects.random());
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }
}
