package io.openbroker.core.crypto;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * What OpenBroker reads from an X.509 certificate: who it names, when it is valid, and its public
 * key. It does not validate a chain: trust decisions (which certificate belongs to which bank) are
 * configuration.
 *
 * <pre>{@code
 * CertificateInfo cert = KeyReader.certificate(Files.readString(Path.of("bank.crt")));
 * if (!cert.isValidAt(clock.instant())) { ... }
 * MessageVerifier verifier = cert.publicKey().verifier();
 * }</pre>
 *
 * @param subject the subject distinguished name (RFC 4519 string form)
 * @param issuer the issuer distinguished name
 * @param serialNumber the certificate serial number
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param publicKey the subject's key
 */
public record CertificateInfo(
    String subject,
    String issuer,
    BigInteger serialNumber,
    Instant notBefore,
    Instant notAfter,
    PublicKeyMaterial publicKey) {

  public CertificateInfo {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(serialNumber, "serialNumber");
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(notAfter, "notAfter");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /** Whether {@code instant} lies within [notBefore, notAfter]. */
  public boolean isValidAt(Instant instant) {
    return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
  }
}
