package io.openbroker.core.envelope;

import io.openbroker.core.crypto.SignatureAlgorithm;
import io.openbroker.core.envelope.internal.HeaderSyntax;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The five {@code OB-*} headers of one signed request or response (SPEC §6), as made by {@link
 * EnvelopeSigner}. Put them on the outgoing HTTP message with {@link #asMap()}; keep {@link
 * #nonce()} of a request to verify its response.
 *
 * <pre>{@code
 * EnvelopeHeaders headers = signer.signRequest("POST", "/v1/transfers", body);
 * headers.asMap().forEach(httpRequest::header);
 * }</pre>
 *
 * <p>{@link #toString()} never shows the signature.
 *
 * @param keyId the signer's key id ({@code OB-Key-Id})
 * @param timestampMillis the signing time in epoch milliseconds ({@code OB-Timestamp})
 * @param nonce at least 16 random bytes in lower-case hex ({@code OB-Nonce})
 * @param algorithm the signature suite ({@code OB-Signature-Alg})
 * @param signature the base64 of the DER signature ({@code OB-Signature})
 */
public record EnvelopeHeaders(
    String keyId,
    long timestampMillis,
    String nonce,
    SignatureAlgorithm algorithm,
    String signature) {

  /** Header name of the signer's key id. */
  public static final String KEY_ID = "OB-Key-Id";

  /** Header name of the signing time, epoch milliseconds. */
  public static final String TIMESTAMP = "OB-Timestamp";

  /** Header name of the per-message random nonce. */
  public static final String NONCE = "OB-Nonce";

  /** Header name of the signature algorithm. */
  public static final String SIGNATURE_ALG = "OB-Signature-Alg";

  /** Header name of the base64 DER signature. */
  public static final String SIGNATURE = "OB-Signature";

  public EnvelopeHeaders {
    if (!HeaderSyntax.isKeyId(keyId)) {
      throw new IllegalArgumentException("keyId must be 1 to 128 visible ASCII characters");
    }
    if (timestampMillis < 0) {
      throw new IllegalArgumentException(
          "timestampMillis must not be negative: " + timestampMillis);
    }
    if (!HeaderSyntax.isNonce(nonce)) {
      throw new IllegalArgumentException("nonce must be 32 to 128 hex characters");
    }
    Objects.requireNonNull(algorithm, "algorithm");
    if (Objects.requireNonNull(signature, "signature").isBlank()) {
      throw new IllegalArgumentException("signature must not be blank");
    }
  }

  /** The five headers by name, in a fixed order, ready to put on an HTTP message. */
  public Map<String, String> asMap() {
    Map<String, String> map = new LinkedHashMap<>(8);
    map.put(KEY_ID, keyId);
    map.put(TIMESTAMP, Long.toString(timestampMillis));
    map.put(NONCE, nonce);
    map.put(SIGNATURE_ALG, algorithm.wireName());
    map.put(SIGNATURE, signature);
    return Collections.unmodifiableMap(map);
  }

  /** These headers as a {@link HeaderLookup}, e.g. to verify a message signed in-process. */
  public HeaderLookup lookup() {
    return HeaderLookup.of(asMap());
  }

  @Override
  public String toString() {
    return "EnvelopeHeaders[keyId="
        + keyId
        + ", timestampMillis="
        + timestampMillis
        + ", nonce="
        + nonce
        + ", algorithm="
        + algorithm.wireName()
        + ", signature=<redacted>]";
  }
}
