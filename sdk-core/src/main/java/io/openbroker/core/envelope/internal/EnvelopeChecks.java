package io.openbroker.core.envelope.internal;

import static io.openbroker.core.CoreErrorCode.ENVELOPE_BAD_NONCE;
import static io.openbroker.core.CoreErrorCode.ENVELOPE_BODY_TOO_LARGE;
import static io.openbroker.core.CoreErrorCode.ENVELOPE_MISSING_HEADER;
import static io.openbroker.core.CoreErrorCode.ENVELOPE_REPLAYED;
import static io.openbroker.core.CoreErrorCode.ENVELOPE_STALE;
import static io.openbroker.core.CoreErrorCode.ENVELOPE_UNKNOWN_KEY;
import static io.openbroker.core.CoreErrorCode.ENVELOPE_UNSUPPORTED_ALGORITHM;
import static io.openbroker.core.CoreErrorCode.SIGNATURE_INVALID;
import static io.openbroker.core.CoreErrorCode.SIGNATURE_MALFORMED;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import io.openbroker.core.envelope.EnvelopeHeaders;
import io.openbroker.core.envelope.EnvelopeVerdict;
import io.openbroker.core.envelope.HeaderLookup;
import io.openbroker.core.envelope.KeyResolver;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered checks of one envelope (the order is documented on {@code EnvelopeVerifier}). Every
 * refusal returns before anything is recorded; only an authentic, fresh envelope reaches the replay
 * cache. Reasons name headers and limits, never a signature or key.
 */
public final class EnvelopeChecks {

  private static final Logger LOG = LoggerFactory.getLogger(EnvelopeChecks.class);

  /** Builds the string to sign from the header texts, once the headers are known to be sane. */
  @FunctionalInterface
  public interface SignedBytes {
    byte[] build(String timestamp, String nonce);
  }

  /** The order in which headers are looked up; the first missing one is named. */
  private static final String[] HEADERS = {
    EnvelopeHeaders.KEY_ID,
    EnvelopeHeaders.TIMESTAMP,
    EnvelopeHeaders.NONCE,
    EnvelopeHeaders.SIGNATURE_ALG,
    EnvelopeHeaders.SIGNATURE
  };

  private final KeyResolver keys;
  private final Clock clock;
  private final int maxBodyBytes;
  private final long maxSkewMillis;
  private final ReplayCache replay;

  public EnvelopeChecks(
      KeyResolver keys, Clock clock, int maxBodyBytes, long maxSkewMillis, ReplayCache replay) {
    this.keys = keys;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
    this.maxSkewMillis = maxSkewMillis;
    this.replay = replay;
  }

  /** Runs every check in order; the first failing one decides the refusal. */
  public EnvelopeVerdict verify(HeaderLookup headers, byte[] body, SignedBytes signedBytes) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    if (body.length > maxBodyBytes) {
      return refuse(
          ENVELOPE_BODY_TOO_LARGE, "body of " + body.length + " bytes exceeds " + maxBodyBytes);
    }
    String[] values = new String[HEADERS.length];
    for (int i = 0; i < HEADERS.length; i++) {
      values[i] = headers.get(HEADERS[i]);
      if (values[i] == null || values[i].isBlank()) {
        return refuse(ENVELOPE_MISSING_HEADER, "missing header " + HEADERS[i]);
      }
    }
    return verifyParts(values[0], values[1], values[2], values[3], values[4], body, signedBytes);
  }

  private EnvelopeVerdict verifyParts(
      String keyId,
      String timestampText,
      String nonce,
      String algorithmName,
      String signatureText,
      byte[] body,
      SignedBytes signedBytes) {
    SignatureAlgorithm algorithm = algorithm(algorithmName);
    if (algorithm == null) {
      return refuse(ENVELOPE_UNSUPPORTED_ALGORITHM, "unsupported " + EnvelopeHeaders.SIGNATURE_ALG);
    }
    if (!HeaderSyntax.isNonce(nonce)) {
      return refuse(ENVELOPE_BAD_NONCE, EnvelopeHeaders.NONCE + " is not 32 to 128 hex digits");
    }
    long timestamp = HeaderSyntax.parseTimestamp(timestampText);
    if (timestamp < 0) {
      return refuse(ENVELOPE_STALE, EnvelopeHeaders.TIMESTAMP + " is not epoch milliseconds");
    }
    Optional<MessageVerifier> key =
        HeaderSyntax.isKeyId(keyId) ? keys.resolve(keyId) : Optional.empty();
    if (key.isEmpty()) {
      return refuse(ENVELOPE_UNKNOWN_KEY, "unknown key id" + printable(keyId));
    }
    byte[] signature = decode(signatureText);
    if (signature == null || !SignatureShape.fits(algorithm, signature)) {
      return refuse(SIGNATURE_MALFORMED, "malformed " + EnvelopeHeaders.SIGNATURE);
    }
    long now = clock.millis();
    if (Math.abs(now - timestamp) > maxSkewMillis) {
      return refuse(ENVELOPE_STALE, "timestamp is " + (now - timestamp) + " ms from now");
    }
    MessageVerifier verifier = key.get();
    if (verifier.algorithm() != algorithm
        || !verifier.verify(signedBytes.build(timestampText, nonce), signature)) {
      return refuse(SIGNATURE_INVALID, "signature does not verify with key " + keyId);
    }
    if (!replay.firstSighting(keyId, nonce)) {
      return refuse(ENVELOPE_REPLAYED, "nonce already seen from key " + keyId);
    }
    return new EnvelopeVerdict.Accepted(keyId, Instant.ofEpochMilli(timestamp), nonce);
  }

  private static SignatureAlgorithm algorithm(String wireName) {
    for (SignatureAlgorithm candidate : SignatureAlgorithm.values()) {
      if (candidate.wireName().equals(wireName)) {
        return candidate;
      }
    }
    return null;
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  /** Echoes a key id only when it is plain ASCII, so a reason cannot smuggle line breaks. */
  private static String printable(String keyId) {
    return HeaderSyntax.isKeyId(keyId) ? " " + keyId : "";
  }

  private static EnvelopeVerdict refuse(CoreErrorCode code, String reason) {
    // Debug only: refusals are answered to the peer; reasons hold no signature, key or body.
    LOG.debug("envelope refused: {} ({})", code, reason);
    return new EnvelopeVerdict.Refused(code, reason);
  }
}
