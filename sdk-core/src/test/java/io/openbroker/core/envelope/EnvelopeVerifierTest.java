package io.openbroker.core.envelope;

import static io.openbroker.core.envelope.EnvelopeFixture.BODY;
import static io.openbroker.core.envelope.EnvelopeFixture.T;
import static io.openbroker.core.envelope.EnvelopeFixture.assertRefused;
import static io.openbroker.core.envelope.EnvelopeFixture.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeVerifierTest {

  private final EnvelopeFixture f = new EnvelopeFixture();

  @Test
  void acceptsARequestSignedByAKnownPeer() {
    EnvelopeHeaders headers = f.signTransfer();

    EnvelopeVerdict verdict = f.verifyTransfer(headers.asMap());

    assertThat(verdict)
        .isEqualTo(
            new EnvelopeVerdict.Accepted("broker-1", Instant.ofEpochMilli(T), headers.nonce()));
    assertThat(headers.nonce()).matches("[0-9a-f]{32}");
    assertThat(headers.timestampMillis()).isEqualTo(T);
  }

  @Test
  void findsHeadersWhateverTheirLetterCase() {
    Map<String, String> lowerCase = new HashMap<>();
    f.signTransfer().asMap().forEach((k, v) -> lowerCase.put(k.toLowerCase(Locale.ROOT), v));

    assertThat(f.verifyTransfer(lowerCase)).isInstanceOf(EnvelopeVerdict.Accepted.class);
  }

  @Test
  void toleratesANullKeyInTheHeaderMapAsHttpUrlConnectionGivesForItsStatusLine() {
    Map<String, String> upperCase = new HashMap<>();
    f.signTransfer().asMap().forEach((k, v) -> upperCase.put(k.toUpperCase(Locale.ROOT), v));
    upperCase.put(null, "HTTP/1.1 200 OK");

    assertThat(f.verifyTransfer(upperCase)).isInstanceOf(EnvelopeVerdict.Accepted.class);
  }

  @Test
  void refusesABodyOverTheLimitAndAcceptsOneAtIt() {
    byte[] atLimit = new byte[EnvelopeVerifier.DEFAULT_MAX_BODY_BYTES];
    byte[] overLimit = new byte[EnvelopeVerifier.DEFAULT_MAX_BODY_BYTES + 1];
    EnvelopeHeaders big = f.signer.signRequest("POST", "/v1/transfers", overLimit);
    EnvelopeHeaders fits = f.signer.signRequest("POST", "/v1/transfers", atLimit);

    assertRefused(f.verifier.verifyRequest("POST", "/v1/transfers", big.lookup(), overLimit))
        .isEqualTo(CoreErrorCode.ENVELOPE_BODY_TOO_LARGE);
    assertThat(f.verifier.verifyRequest("POST", "/v1/transfers", fits.lookup(), atLimit))
        .isInstanceOf(EnvelopeVerdict.Accepted.class);
  }

  @Test
  void theBodyLimitIsConfigurable() {
    EnvelopeVerifier small =
        EnvelopeVerifier.builder(KeyResolver.of(Map.of("broker-1", f.brokerPublic)))
            .clock(f.clock)
            .maxBodyBytes(BODY.length - 1)
            .build();
    EnvelopeHeaders headers = f.signTransfer();

    assertRefused(small.verifyRequest("POST", "/v1/transfers", headers.lookup(), BODY))
        .isEqualTo(CoreErrorCode.ENVELOPE_BODY_TOO_LARGE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"OB-Key-Id", "OB-Timestamp", "OB-Nonce", "OB-Signature-Alg", "OB-Signature"})
  void refusesAMissingOrBlankHeader(String name) {
    EnvelopeHeaders headers = f.signTransfer();

    assertRefused(f.verifyTransfer(with(headers, name, null)))
        .isEqualTo(CoreErrorCode.ENVELOPE_MISSING_HEADER);
    assertRefused(f.verifyTransfer(with(headers, name, "  ")))
        .isEqualTo(CoreErrorCode.ENVELOPE_MISSING_HEADER);
  }

  @Test
  void refusesAnUnknownAlgorithm() {
    Map<String, String> headers = with(f.signTransfer(), "OB-Signature-Alg", "SHA1withRSA");

    assertRefused(f.verifyTransfer(headers))
        .isEqualTo(CoreErrorCode.ENVELOPE_UNSUPPORTED_ALGORITHM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3f7a9c0e5b2d4186a1c3e5f708192a3", // 31 hex digits: under 16 bytes
        "3f7a9c0e5b2d4186a1c3e5f708192a3g", // not hex
        "3f7a9c0e5b2d4186-1c3e5f708192a3b0"
      })
  void refusesANonceThatIsNotAtLeast32HexDigits(String nonce) {
    assertRefused(f.verifyTransfer(with(f.signTransfer(), "OB-Nonce", nonce)))
        .isEqualTo(CoreErrorCode.ENVELOPE_BAD_NONCE);
  }

  @Test
  void refusesAnUnknownKeyId() {
    assertRefused(f.verifyTransfer(with(f.signTransfer(), "OB-Key-Id", "broker-9")))
        .isEqualTo(CoreErrorCode.ENVELOPE_UNKNOWN_KEY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not base64!", "AAECAwQFBgcICQ==", "MAYCAQECAQEA"})
  void refusesASignatureThatIsNotBase64OfASignature(String signature) {
    assertRefused(f.verifyTransfer(with(f.signTransfer(), "OB-Signature", signature)))
        .isEqualTo(CoreErrorCode.SIGNATURE_MALFORMED);
  }

  @Test
  void refusesASignatureOverOtherContent() {
    EnvelopeHeaders headers = f.signTransfer();
    byte[] other = "{\"amount\":\"9999.00\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertRefused(f.verifier.verifyRequest("POST", "/v1/transfers", headers.lookup(), other))
        .isEqualTo(CoreErrorCode.SIGNATURE_INVALID);
    assertRefused(f.verifier.verifyRequest("POST", "/v1/reversals", headers.lookup(), BODY))
        .isEqualTo(CoreErrorCode.SIGNATURE_INVALID);
  }

  @Test
  void refusesAHeaderAlgorithmThatIsNotTheKeysEvenIfTheBytesWouldVerify() {
    MessageVerifier rsaLabelled =
        new MessageVerifier() {
          @Override
          public SignatureAlgorithm algorithm() {
            return SignatureAlgorithm.SHA256_WITH_RSA;
          }

          @Override
          public boolean verify(byte[] message, byte[] signature) {
            return f.brokerPublic.verify(message, signature);
          }
        };
    EnvelopeVerifier verifier =
        EnvelopeVerifier.builder(KeyResolver.of(Map.of("broker-1", rsaLabelled)))
            .clock(f.clock)
            .build();
    EnvelopeHeaders headers = f.signTransfer();

    assertRefused(verifier.verifyRequest("POST", "/v1/transfers", headers.lookup(), BODY))
        .isEqualTo(CoreErrorCode.SIGNATURE_INVALID);
  }

  @Test
  void aResponseVerifiesOnlyAgainstTheRequestItAnswers() {
    EnvelopeHeaders request = f.signTransfer();
    EnvelopeSigner bank =
        new EnvelopeSigner(
            "bank-1", FakeKeys.signer("bank", SignatureAlgorithm.SM3_WITH_SM2), f.effects(11));
    EnvelopeVerifier broker =
        EnvelopeVerifier.builder(
                KeyResolver.of(
                    Map.of("bank-1", FakeKeys.verifier("bank", SignatureAlgorithm.SM3_WITH_SM2))))
            .clock(f.clock)
            .build();
    EnvelopeHeaders response = bank.signResponse(200, request.nonce(), BODY);

    assertRefused(broker.verifyResponse(200, "c".repeat(32), response.lookup(), BODY))
        .isEqualTo(CoreErrorCode.SIGNATURE_INVALID);
    assertRefused(broker.verifyResponse(500, request.nonce(), response.lookup(), BODY))
        .isEqualTo(CoreErrorCode.SIGNATURE_INVALID);
    assertThat(broker.verifyResponse(200, request.nonce(), response.lookup(), BODY))
        .isInstanceOf(EnvelopeVerdict.Accepted.class);
  }

  @Test
  void eachVerifierKnowsOnlyItsOwnPeers() {
    EnvelopeVerifier otherBank =
        EnvelopeVerifier.builder(
                KeyResolver.of(
                    Map.of("broker-1", FakeKeys.verifier("x", SignatureAlgorithm.SM3_WITH_SM2))))
            .clock(f.clock)
            .build();
    EnvelopeHeaders headers = f.signTransfer();

    assertRefused(otherBank.verifyRequest("POST", "/v1/transfers", headers.lookup(), BODY))
        .isEqualTo(CoreErrorCode.SIGNATURE_INVALID);
    assertThat(f.verifyTransfer(headers.asMap())).isInstanceOf(EnvelopeVerdict.Accepted.class);
  }

  @Test
  void neitherHeadersNorRefusalsPrintTheSignature() {
    EnvelopeHeaders headers = f.signTransfer();
    String tampered = Base64.getEncoder().encodeToString(new byte[256]);
    EnvelopeVerdict verdict = f.verifyTransfer(with(headers, "OB-Signature", tampered));

    assertThat(headers.toString()).doesNotContain(headers.signature()).contains("<redacted>");
    assertThat(verdict.toString()).doesNotContain(tampered).doesNotContain(headers.signature());
  }

  @Test
  void aRefusalBecomesAnExceptionNamedByWhatTheCallerCanDo() {
    EnvelopeHeaders headers = f.signTransfer();
    f.clock.advance(Duration.ofHours(1));
    EnvelopeVerdict stale = f.verifyTransfer(headers.asMap());
    EnvelopeVerdict forged = f.verifier.verifyRequest("POST", "/v1/other", headers.lookup(), BODY);

    assertThatThrownBy(stale::orThrow)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ENVELOPE_STALE: ");
    f.clock.advance(Duration.ofHours(-1));
    assertThatThrownBy(
            () -> f.verifier.verifyRequest("POST", "/v1/other", headers.lookup(), BODY).orThrow())
        .isInstanceOf(CredentialException.class)
        .hasMessageStartingWith("SIGNATURE_INVALID: ");
    assertThat(forged).isInstanceOf(EnvelopeVerdict.Refused.class);
  }

  @Test
  void theSignerRefusesMethodsAndPathsThatWouldBlurTheStringToSign() {
    assertThatThrownBy(() -> f.signer.signRequest("POST\n/v1/a", "/b", BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.signer.signRequest("POST", "", BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.signer.signResponse(200, "not-a-nonce", BODY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBuilderRejectsBadSettingsAtOnce() {
    EnvelopeVerifier.Builder builder = EnvelopeVerifier.builder(KeyResolver.of(Map.of()));
    assertThatThrownBy(() -> builder.maxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxSkew(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.replayCacheSize(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
