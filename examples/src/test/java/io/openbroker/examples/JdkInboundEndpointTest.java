package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.transfer.InboundHandler;
import io.openbroker.transfer.JdbcFundLedger;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The adapter copies status, headers and body both ways; the handler decides. */
class JdkInboundEndpointTest {

  private static final AsymmetricKeyPair BANK =
      AsymmetricKeyPair.generateSm2(RandomSource.secure());
  private static final AsymmetricKeyPair BROKER =
      AsymmetricKeyPair.generateSm2(RandomSource.secure());

  @Test
  void anUnsignedRequestGetsTheHandlersSigned401() throws Exception {
    DataSource db = StoreLocation.h2Memory("endpoint-test").dataSource();
    InboundHandler handler =
        InboundHandler.builder()
            .bankKey("bank-sm2", BANK.publicKey())
            .brokerKey("broker-1-sm2", BROKER.privateKey().signer(RandomSource.secure()))
            .ledger(JdbcFundLedger.open(db, Effects.system().clock()))
            .journal(db)
            .build();
    try (JdkInboundEndpoint endpoint =
        JdkInboundEndpoint.start(new InetSocketAddress("127.0.0.1", 0), handler)) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(endpoint.uri().resolve(InboundHandler.TRANSFERS))
                      .POST(HttpRequest.BodyPublishers.ofString("{}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.headers().firstValue("OB-Key-Id")).hasValue("broker-1-sm2");
      assertThat(answer.headers().firstValue("OB-Signature")).isPresent();
      assertThat(answer.body()).contains("ENVELOPE_MISSING_HEADER");
    }
  }
}
