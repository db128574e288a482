package io.openbroker.transfer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.openbroker.core.Effects;
import io.openbroker.core.IdGenerator;
import io.openbroker.core.RandomSource;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.spi.RiskPolicy;
import io.openbroker.transfer.testing.BankWorld;
import io.openbroker.transfer.testing.Customer;
import io.openbroker.transfer.testing.RecordingSleeper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Protocol faults the simulator does not produce, from WireMock: unsigned or wrongly signed
 * answers, garbage, broken HTTP, answers slower than the call timeout. Each is an unknown outcome,
 * never a success; the service chases it by resend and reversal, with capped backoff.
 */
class ProtocolFaultTest {

  private WireMockServer wire;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private Effects effects;

  @BeforeEach
  void start() {
    wire = new WireMockServer(options().dynamicPort());
    wire.start();
    effects =
        new Effects(
            Effects.system().clock(), RandomSource.seeded(3), IdGenerator.sequential("i"), sleeper);
  }

  @AfterEach
  void stop() {
    wire.stop();
  }

  private TransferClient client() {
    return TransferClient.builder()
        .baseUrl(URI.create(wire.baseUrl()))
        .brokerKey("broker-1-sm2", BankWorld.BROKER_KEY.privateKey().signer(RandomSource.secure()))
        .bankKey("bank-sm2", BankWorld.BANK_KEY.publicKey())
        .effects(effects)
        .callTimeout(Duration.ofMillis(500))
        .build();
  }

  private static final String SUCCESS_JSON =
      "{\"resultCode\":\"SUCCESS\",\"message\":\"transferred\",\"brokerSerial\":\"S1\","
          + "\"bankSerial\":\"B1\",\"status\":\"SUCCEEDED\"}";

  static Stream<ResponseDefinitionBuilder> badAnswers() {
    return Stream.of(
        aResponse().withStatus(200).withBody(SUCCESS_JSON),
        aResponse()
            .withStatus(200)
            .withHeader("OB-Key-Id", "bank-sm2")
            .withHeader("OB-Timestamp", "1")
            .withHeader("OB-Nonce", "00112233445566778899aabbccddeeff")
            .withHeader("OB-Signature-Alg", "SM3withSM2")
            .withHeader("OB-Signature", "MEUCIQ==")
            .withBody(SUCCESS_JSON),
        aResponse().withStatus(200).withBody("not json"),
        aResponse().withStatus(502).withBody("bad gateway"),
        aResponse().withStatus(200).withBody(SUCCESS_JSON).withFixedDelay(1500),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.EMPTY_RESPONSE),
        aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
        aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
  }

  @ParameterizedTest
  @MethodSource("badAnswers")
  void anAnswerThatIsNotVerifiedIsUnknown(ResponseDefinitionBuilder answer) {
    wire.stubFor(any(anyUrl()).willReturn(answer));

    BankAnswer<BankTransferReply> a =
        client()
            .transfer(
                TransferRequest.withdrawal(
                    BankWorld.BROKER_KEY == null ? null : BusinessSerial.parse("S1"),
                    FundAccount.parse("018800000001"),
                    BankCardNumber.parse("6212827100000001"),
                    Money.parse("1.00")));

    assertThat(a).isInstanceOf(BankAnswer.Unknown.class);
  }

  @Test
  void anAnswerThatStallsAfterItsHeadersEndsAtTheCallTimeout() {
    // Headers at once, then the body a byte at a time over 3 s: only the call timeout (500 ms)
    // ends the read; the client sets no separate read timeout.
    wire.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(SUCCESS_JSON)
                    .withChunkedDribbleDelay(SUCCESS_JSON.length(), 3000)));

    BankAnswer<BankTransferReply> a =
        client()
            .transfer(
                TransferRequest.withdrawal(
                    BusinessSerial.parse("S2"),
                    FundAccount.parse("018800000001"),
                    BankCardNumber.parse("6212827100000001"),
                    Money.parse("1.00")));

    assertThat(a).isInstanceOf(BankAnswer.Unknown.class);
    // OkHttp's call timeout interrupts the read; a verification failure would name its code.
    assertThat(((BankAnswer.Unknown<?>) a).cause()).isEqualTo("no answer: InterruptedIOException");
  }

  @Test
  void theServiceResendsWithBackoffThenReversesThenLeavesItToRecovery() {
    wire.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(SUCCESS_JSON)));
    RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250), 0.0, 3);
    var db = BankWorld.h2Memory();
    JdbcFundLedger ledger = JdbcFundLedger.open(db, effects.clock());
    Customer c = Customer.number(1);
    ledger.credit(BusinessSerial.parse("seed1"), c.fund(), Money.parse("10.00"));
    try (TransferService service =
        TransferService.builder()
            .client(client())
            .journal(db)
            .ledger(ledger)
            .retryPolicy(policy)
            .effects(effects)
            .riskPolicy(RiskPolicy.allowAll())
            .build()) {
      TransferRequest w =
          TransferRequest.withdrawal(
              BusinessSerial.parse("W1"), c.fund(), c.card(), Money.parse("4.00"));

      TransferOutcome o = service.transfer(w);

      assertThat(o).isInstanceOf(TransferOutcome.Unknown.class);
      TransferRecord r = service.find(w.serial()).orElseThrow();
      assertThat(r.state()).isEqualTo(TransferState.REVERSING);
      assertThat(r.sendCount()).isEqualTo(4);
      assertThat(r.reversalCount()).isEqualTo(3);
      assertThat(ledger.balance(c.fund()).frozen()).isEqualTo(Money.parse("4.00"));
      assertThat(sleeper.waits())
          .containsExactly(
              Duration.ofMillis(100),
              Duration.ofMillis(200),
              Duration.ofMillis(250),
              Duration.ofMillis(100),
              Duration.ofMillis(200));
      wire.verify(4, postRequestedFor(urlEqualTo("/v1/transfers")));
      wire.verify(3, postRequestedFor(urlEqualTo("/v1/transfers/reversal")));
      assertThat(service.decisions(w.serial()))
          .filteredOn(d -> d.startsWith("UNKNOWN"))
          .singleElement()
          .asString()
          .contains("after 4 sends");
      assertThat(List.copyOf(service.journal())).hasSize(1);
    }
  }
}
