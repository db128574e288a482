package io.openbroker.banksim.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.testing.BankFixture;
import io.openbroker.banksim.testing.JdkRsaKeys;
import io.openbroker.banksim.testing.SignedClient;
import io.openbroker.banksim.testing.SignedClient.Reply;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SPEC §6 refusals over real HTTP: each with HTTP 401 (or 403/413) and its own code. */
class EnvelopeProtocolTest {

  private BankFixture f;

  @BeforeEach
  void start() {
    f = new BankFixture();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private Reply query(long timestamp, String nonce) throws Exception {
    return f.broker.post("/v1/transfers/query", "{\"brokerSerial\":\"T1\"}", timestamp, nonce);
  }

  @Test
  void anUnsignedRequestGets401NamingTheMissingHeader() throws Exception {
    HttpRequest unsigned =
        HttpRequest.newBuilder(f.bank.baseUri().resolve("/v1/transfers/query"))
            .POST(HttpRequest.BodyPublishers.ofString("{\"brokerSerial\":\"T1\"}"))
            .build();
    Reply r = f.broker.send(unsigned, "");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("SIGNATURE_MISSING");
    assertThat(r.body().path("message").asText()).contains("OB-");
  }

  @Test
  void aBadSignatureGets401() throws Exception {
    SignedClient stranger = f.client("broker-1-rsa", JdkRsaKeys.generate());
    Reply r = stranger.post("/v1/transfers/query", Map.of("brokerSerial", "T1"));

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("SIGNATURE_INVALID");
    assertThat(r.signatureValid()).as("even a refusal is signed by the bank").isTrue();
  }

  @Test
  void anUnknownKeyGets401() throws Exception {
    Reply r =
        f.client("nobody", BankFixture.brokerKey())
            .post("/v1/transfers/query", Map.of("brokerSerial", "T1"));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("UNKNOWN_KEY");
  }

  @Test
  void aStaleRequestGets401() throws Exception {
    long tooOld = f.clock.millis() - Duration.ofSeconds(301).toMillis();
    Reply r = query(tooOld, f.broker.nextNonce());
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("STALE");

    Reply early =
        query(f.clock.millis() + Duration.ofSeconds(301).toMillis(), f.broker.nextNonce());
    assertThat(early.code()).isEqualTo("STALE");
  }

  @Test
  void aReplayedNonceGets401() throws Exception {
    String nonce = f.broker.nextNonce();
    assertThat(query(f.clock.millis(), nonce).code()).isEqualTo("NOT_FOUND");
    Reply again = query(f.clock.millis(), nonce);
    assertThat(again.status()).isEqualTo(401);
    assertThat(again.code()).isEqualTo("REPLAYED");
  }

  @Test
  void aShortNonceGets401() throws Exception {
    Reply r = query(f.clock.millis(), "abcd");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("BAD_NONCE");
  }

  @Test
  void aBodyOver64KiBIsRefusedUnread() throws Exception {
    String big = "{\"brokerSerial\":\"" + "x".repeat(70_000) + "\"}";
    Reply r = f.broker.post("/v1/transfers/query", big, f.clock.millis(), f.broker.nextNonce());
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.code()).isEqualTo("BODY_TOO_LARGE");
  }

  @Test
  void aBrokerKeyCannotCallTheAdminApiNorTheAdminKeyTheBrokerApi() throws Exception {
    Reply broker = f.broker.post("/v1/admin/faults/log", Map.of());
    assertThat(broker.status()).isEqualTo(403);
    assertThat(broker.code()).isEqualTo("FORBIDDEN");

    Reply admin = f.admin.post("/v1/transfers/query", Map.of("brokerSerial", "T1"));
    assertThat(admin.status()).isEqualTo(403);
  }

  @Test
  void anUnknownPathIs404() throws Exception {
    Reply r = f.broker.post("/v1/nowhere", Map.of());
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo("NO_SUCH_OPERATION");
  }

  @Test
  void anUnsupportedAlgorithmGets401() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(f.bank.baseUri().resolve("/v1/transfers/query"))
            .header("OB-Key-Id", "broker-1-rsa")
            .header("OB-Timestamp", Long.toString(f.clock.millis()))
            .header("OB-Nonce", f.broker.nextNonce())
            .header("OB-Signature-Alg", "MD5withRSA")
            .header("OB-Signature", "AAAA")
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    Reply r = f.broker.send(request, "");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.code()).isEqualTo("UNSUPPORTED_ALGORITHM");
  }
}
