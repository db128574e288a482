package io.openbroker.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.Effects;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import io.openbroker.core.testing.AdjustableClock;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our signer and our verifier, with the real SM2 and RSA keys of the vectors. */
class EnvelopeRoundTripTest {

  private static final byte[] REQUEST =
      "{\"brokerSerial\":\"B20261120000000007\",\"customerName\":\"张𠮷\"}"
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] RESPONSE =
      "{\"code\":\"0000\",\"status\":\"SUCCEEDED\"}".getBytes(StandardCharsets.UTF_8);

  private final AdjustableClock clock = AdjustableClock.atMillis(1_795_656_600_000L);

  @ParameterizedTest
  @CsvSource({"broker-sm2, SM3withSM2", "broker-rsa, SHA256withRSA"})
  void aRequestAndItsResponseRoundTrip(String key, String algorithm) {
    MessageSigner privateKey =
        KeyReader.privateKey(EnvelopeVectorsTest.text(key + "-private.pem"))
            .signer(Effects.deterministic(1, clock).random());
    MessageVerifier publicKey =
        KeyReader.publicKey(EnvelopeVectorsTest.text(key + "-public.pem")).verifier();
    EnvelopeSigner signer =
        new EnvelopeSigner("peer-1", privateKey, Effects.deterministic(2, clock));
    EnvelopeVerifier verifier =
        EnvelopeVerifier.builder(KeyResolver.of(Map.of("peer-1", publicKey))).clock(clock).build();

    EnvelopeHeaders request = signer.signRequest("POST", "/v1/transfers", REQUEST);
    EnvelopeVerdict requestVerdict =
        verifier.verifyRequest("POST", "/v1/transfers", request.lookup(), REQUEST);
    EnvelopeHeaders response = signer.signResponse(200, request.nonce(), RESPONSE);
    EnvelopeVerdict responseVerdict =
        verifier.verifyResponse(200, request.nonce(), response.lookup(), RESPONSE);

    assertThat(request.algorithm()).isEqualTo(SignatureAlgorithm.fromWireName(algorithm));
    assertThat(request.asMap()).containsEntry("OB-Signature-Alg", algorithm);
    assertThat(requestVerdict).isInstanceOf(EnvelopeVerdict.Accepted.class);
    assertThat(responseVerdict).isInstanceOf(EnvelopeVerdict.Accepted.class);
    assertThat(verifier.verifyRequest("POST", "/v1/transfers", request.lookup(), RESPONSE))
        .isEqualTo(
            new EnvelopeVerdict.Refused(
                CoreErrorCode.SIGNATURE_INVALID, "signature does not verify with key peer-1"));
  }
}
