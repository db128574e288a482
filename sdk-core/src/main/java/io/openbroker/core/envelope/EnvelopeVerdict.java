package io.openbroker.core.envelope;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.OpenBrokerException;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of checking one signed envelope: {@link Accepted} (signature good, fresh, first time
 * seen) or {@link Refused} with a stable code. A refusal is a value, not an exception, so that a
 * server can answer HTTP 401 naming the problem; {@link #orThrow()} turns it into one for callers
 * that prefer that.
 *
 * <pre>{@code
 * EnvelopeVerdict verdict = verifier.verifyRequest("POST", "/v1/transfers", headers, body);
 * if (verdict instanceof EnvelopeVerdict.Refused refused) {
 *   return unauthorized(refused.code().code(), refused.reason());
 * }
 * }</pre>
 */
public sealed interface EnvelopeVerdict {

  /** The accepted envelope, or the refusal as an {@link OpenBrokerException}. */
  Accepted orThrow();

  /**
   * The envelope is authentic, fresh and new; its nonce is now recorded.
   *
   * @param keyId the signer's key id
   * @param timestamp the signer's claimed time
   * @param nonce the envelope's nonce (for a request: pass it to the response signer)
   */
  record Accepted(String keyId, Instant timestamp, String nonce) implements EnvelopeVerdict {
    public Accepted {
      Objects.requireNonNull(keyId, "keyId");
      Objects.requireNonNull(timestamp, "timestamp");
      Objects.requireNonNull(nonce, "nonce");
    }

    @Override
    public Accepted orThrow() {
      return this;
    }
  }

  /**
   * The envelope was refused; nothing was recorded.
   *
   * @param code one of the {@code ENVELOPE_*} or {@code SIGNATURE_*} codes
   * @param reason a short explanation that never contains a signature or key
   */
  record Refused(CoreErrorCode code, String reason) implements EnvelopeVerdict {
    public Refused {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * The refusal as an exception: key and signature problems are {@link CredentialException}s, the
     * rest {@link InvalidInputException}s.
     */
    public OpenBrokerException toException() {
      return switch (code) {
        case ENVELOPE_UNKNOWN_KEY, SIGNATURE_INVALID, SIGNATURE_MALFORMED ->
            new CredentialException(code, reason);
        default -> new InvalidInputException(code, reason);
      };
    }

    @Override
    public Accepted orThrow() {
      throw toException();
    }
  }
}
