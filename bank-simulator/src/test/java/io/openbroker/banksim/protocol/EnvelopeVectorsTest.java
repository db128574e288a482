package io.openbroker.banksim.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.internal.http.EnvelopeGate;
import io.openbroker.banksim.internal.http.EnvelopeRefusal;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.envelope.HeaderLookup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The bank's envelope check against the OpenSSL-made known-answer vectors (SPEC §6): every valid
 * request vector is accepted, every tampered one refused.
 */
class EnvelopeVectorsTest {

  private static final String DIR = "/vectors/envelope/";

  @Test
  void acceptsEveryValidRequestVectorAndRefusesEveryTamperedOne() throws Exception {
    List<JsonNode> requests = requestVectors();
    assertThat(requests).hasSizeGreaterThanOrEqualTo(8);
    for (JsonNode v : requests) {
      EnvelopeGate gate = gateFor(v);
      HeaderLookup headers =
          name ->
              v.path("headers").path(name).isMissingNode()
                  ? null
                  : v.path("headers").path(name).asText();
      byte[] body = v.path("body").asText().getBytes(StandardCharsets.UTF_8);
      if (v.path("expected").asText().equals("valid")) {
        assertThat(
                gate.verify(v.path("method").asText(), v.path("path").asText(), headers, body)
                    .nonce())
            .as(v.path("id").asText())
            .isEqualTo(v.path("headers").path("OB-Nonce").asText());
      } else {
        assertThatThrownBy(
                () ->
                    gate.verify(v.path("method").asText(), v.path("path").asText(), headers, body))
            .as(v.path("id").asText())
            .isInstanceOf(EnvelopeRefusal.class);
      }
    }
  }

  private static EnvelopeGate gateFor(JsonNode v) throws IOException {
    MessageVerifier verifier = KeyReader.publicKey(read(v.path("verify_with").asText())).verifier();
    long millis = Long.parseLong(v.path("headers").path("OB-Timestamp").asText());
    Clock at = Clock.fixed(Instant.ofEpochMilli(millis), Effects.CHINA);
    Effects effects = Effects.deterministic(1, at);
    Map<String, EnvelopeGate.Party> parties = new HashMap<>();
    parties.put(
        v.path("headers").path("OB-Key-Id").asText(), new EnvelopeGate.Party("broker-1", verifier));
    AsymmetricKeyPair bank = AsymmetricKeyPair.generateSm2(RandomSource.seeded(3));
    BankKey key = BankKey.of("bank-sm2", bank.privateKey(), RandomSource.seeded(4));
    return new EnvelopeGate(parties, Map.of(key.signer().algorithm(), key), effects);
  }

  private static List<JsonNode> requestVectors() throws IOException {
    JsonNode all = new ObjectMapper().readTree(read("vectors.json"));
    return StreamSupport.stream(all.path("vectors").spliterator(), false)
        .filter(v -> v.path("kind").asText().equals("request"))
        .toList();
  }

  private static String read(String name) throws IOException {
    try (InputStream in = EnvelopeVectorsTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as("vector resource " + name + " (from sdk-core's test jar)").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
