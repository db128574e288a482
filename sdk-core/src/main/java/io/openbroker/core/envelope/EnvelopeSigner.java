package io.openbroker.core.envelope;

import io.openbroker.core.Effects;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.envelope.internal.HeaderSyntax;
import io.openbroker.core.envelope.internal.StringToSign;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Signs outgoing requests and responses of the wire protocol (SPEC §6): draws a fresh nonce from
 * the injected randomness, reads the time from the injected clock, signs the string to sign with
 * one key, and returns the {@code OB-*} headers. Thread-safe if the {@link MessageSigner} is.
 *
 * <pre>{@code
 * EnvelopeSigner signer = new EnvelopeSigner("broker-1", sm2Signer, Effects.system());
 * EnvelopeHeaders headers = signer.signRequest("POST", "/v1/transfers", body);
 * // ... send; then verify the answer against headers.nonce():
 * verifier.verifyResponse(status, headers.nonce(), responseHeaders, responseBody).orThrow();
 * }</pre>
 */
public final class EnvelopeSigner {

  /** 16 random bytes, the protocol's minimum. */
  private static final int NONCE_BYTES = 16;

  private static final HexFormat HEX = HexFormat.of();

  private final String keyId;
  private final MessageSigner signer;
  private final Effects effects;

  /**
   * @param keyId this side's key id, sent as {@code OB-Key-Id} (1–128 visible ASCII characters)
   * @param signer the private key's signer
   * @param effects the clock and randomness for timestamps and nonces
   */
  public EnvelopeSigner(String keyId, MessageSigner signer, Effects effects) {
    if (!HeaderSyntax.isKeyId(keyId)) {
      throw new IllegalArgumentException("keyId must be 1 to 128 visible ASCII characters");
    }
    this.keyId = keyId;
    this.signer = Objects.requireNonNull(signer, "signer");
    this.effects = Objects.requireNonNull(effects, "effects");
  }

  /**
   * Signs a request.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param path the request path as sent, e.g. {@code /v1/transfers}
   * @param body the exact body bytes sent (empty for none)
   */
  public EnvelopeHeaders signRequest(String method, String path, byte[] body) {
    requireLine("method", method);
    requireLine("path", path);
    Objects.requireNonNull(body, "body");
    long now = effects.clock().millis();
    String nonce = newNonce();
    byte[] message = StringToSign.request(method, path, Long.toString(now), nonce, body);
    return headers(now, nonce, message);
  }

  /**
   * Signs a response to the request whose nonce was {@code requestNonce}, binding the two.
   *
   * @param status the HTTP status code sent
   * @param requestNonce the {@code OB-Nonce} of the request being answered
   * @param body the exact body bytes sent (empty for none)
   */
  public EnvelopeHeaders signResponse(int status, String requestNonce, byte[] body) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must have three digits: " + status);
    }
    if (!HeaderSyntax.isNonce(requestNonce)) {
      throw new IllegalArgumentException("requestNonce must be 32 to 128 hex characters");
    }
    Objects.requireNonNull(body, "body");
    long now = effects.clock().millis();
    String nonce = newNonce();
    byte[] message = StringToSign.response(status, requestNonce, Long.toString(now), nonce, body);
    return headers(now, nonce, message);
  }

  /** The key id this signer sends. */
  public String keyId() {
    return keyId;
  }

  private EnvelopeHeaders headers(long now, String nonce, byte[] message) {
    String signature = Base64.getEncoder().encodeToString(signer.sign(message));
    return new EnvelopeHeaders(keyId, now, nonce, signer.algorithm(), signature);
  }

  private String newNonce() {
    return HEX.formatHex(effects.random().nextBytes(NONCE_BYTES));
  }

  /** A line break would let two different messages share one string to sign. */
  private static void requireLine(String name, String value) {
    if (Objects.requireNonNull(value, name).isEmpty()
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(name + " must be one non-empty line");
    }
  }

  @Override
  public String toString() {
    return "EnvelopeSigner[keyId=" + keyId + ", algorithm=" + signer.algorithm().wireName() + "]";
  }
}
