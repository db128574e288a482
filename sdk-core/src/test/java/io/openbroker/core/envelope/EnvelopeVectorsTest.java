package io.openbroker.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.envelope.internal.StringToSign;
import io.openbroker.core.testing.AdjustableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The OpenSSL-made known-answer vectors of SPEC §6 ({@code vectors/envelope/README.md}). */
class EnvelopeVectorsTest {

  private static final String DIR = "/vectors/envelope/";

  static Stream<Arguments> valid() {
    return withExpectation("valid").map(v -> Arguments.of(v.get("id").asText(), v));
  }

  static Stream<Arguments> invalid() {
    return withExpectation("invalid").map(v -> Arguments.of(v.get("id").asText(), v));
  }

  private static Stream<JsonNode> withExpectation(String expected) {
    return vectors().stream().filter(v -> v.get("expected").asText().equals(expected));
  }

  @Test
  void theFileHoldsValidAndInvalidRequestsAndResponses() {
    assertThat(withExpectation("valid").map(v -> v.get("kind").asText()))
        .contains("request", "response");
    assertThat(withExpectation("invalid").map(v -> v.get("kind").asText()))
        .contains("request", "response");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void theStringToSignMatchesByteForByteAndTheSignatureVerifies(String id, JsonNode vector) {
    byte[] expected = HexFormat.of().parseHex(vector.get("string_to_sign_hex").asText());
    byte[] signature = Base64.getDecoder().decode(header(vector, "OB-Signature"));

    assertThat(stringToSign(vector)).isEqualTo(expected);
    assertThat(publicKey(vector).verify(expected, signature)).isTrue();
    assertThat(verify(vector)).isInstanceOf(EnvelopeVerdict.Accepted.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void everyFieldChangedAfterSigningIsRefusedAsAnInvalidSignature(String id, JsonNode vector) {
    EnvelopeVerdict verdict = verify(vector);

    assertThat(verdict).isInstanceOf(EnvelopeVerdict.Refused.class);
    assertThat(((EnvelopeVerdict.Refused) verdict).code())
        .isEqualTo(CoreErrorCode.SIGNATURE_INVALID);
  }

  /** A fresh verifier per vector, its clock at the vector's timestamp, knowing only its key. */
  private static EnvelopeVerdict verify(JsonNode vector) {
    AdjustableClock clock =
        AdjustableClock.atMillis(Long.parseLong(header(vector, "OB-Timestamp")));
    EnvelopeVerifier verifier =
        EnvelopeVerifier.builder(
                KeyResolver.of(Map.of(header(vector, "OB-Key-Id"), publicKey(vector))))
            .clock(clock)
            .build();
    HeaderLookup headers = name -> vector.get("headers").path(name).textValue();
    byte[] body = body(vector);
    if (vector.get("kind").asText().equals("request")) {
      return verifier.verifyRequest(
          vector.get("method").asText(), vector.get("path").asText(), headers, body);
    }
    return verifier.verifyResponse(
        vector.get("status").asInt(), vector.get("request_nonce").asText(), headers, body);
  }

  private static byte[] stringToSign(JsonNode vector) {
    String timestamp = header(vector, "OB-Timestamp");
    String nonce = header(vector, "OB-Nonce");
    if (vector.get("kind").asText().equals("request")) {
      return StringToSign.request(
          vector.get("method").asText(),
          vector.get("path").asText(),
          timestamp,
          nonce,
          body(vector));
    }
    return StringToSign.response(
        vector.get("status").asInt(),
        vector.get("request_nonce").asText(),
        timestamp,
        nonce,
        body(vector));
  }

  private static MessageVerifier publicKey(JsonNode vector) {
    return KeyReader.publicKey(text(vector.get("verify_with").asText())).verifier();
  }

  private static String header(JsonNode vector, String name) {
    return vector.get("headers").get(name).asText();
  }

  private static byte[] body(JsonNode vector) {
    return vector.get("body").asText().getBytes(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> vectors() {
    try {
      List<JsonNode> list = new ArrayList<>();
      new ObjectMapper().readTree(text("vectors.json")).get("vectors").forEach(list::add);
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    try (InputStream in = EnvelopeVectorsTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
