package io.openbroker.banksim.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.core.Effects;
import io.openbroker.core.envelope.EnvelopeHeaders;
import io.openbroker.core.envelope.EnvelopeSigner;
import io.openbroker.core.envelope.EnvelopeVerdict;
import io.openbroker.core.envelope.EnvelopeVerifier;
import io.openbroker.core.envelope.KeyResolver;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A broker's inbound handler for bank-initiated messages, for tests: verifies the bank's signature,
 * answers signed, records every delivery, and applies each bank serial once (a duplicate gets the
 * first answer).
 */
public final class FakeBroker implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Undertow server;
  private final EnvelopeVerifier verifier;
  private final EnvelopeSigner signer;
  private final Function<JsonNode, String> decide;
  private final List<JsonNode> deliveries = new CopyOnWriteArrayList<>();
  private final List<Refusal> refusals = new CopyOnWriteArrayList<>();

  /** A request the broker's envelope check refused: why, and the timestamp it carried. */
  public record Refusal(String code, String timestamp) {}

  private final Map<String, String> applied = new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code decide} returns the result code to answer for a first delivery. */
  public FakeBroker(Clock clock, Function<JsonNode, String> decide) throws IOException {
    this.decide = decide;
    this.verifier =
        EnvelopeVerifier.builder(
                KeyResolver.of(
                    Map.of("bank-rsa", JdkRsaKeys.verifier(BankFixture.bankKey().getPublic()))))
            .clock(clock)
            .build();
    this.signer =
        new EnvelopeSigner(
            "broker-1-rsa",
            JdkRsaKeys.signer(BankFixture.brokerKey().getPrivate()),
            Effects.deterministic(5, clock));
    this.server =
        Undertow.builder()
            .addHttpListener(0, "127.0.0.1")
            .setIoThreads(1)
            .setWorkerThreads(4)
            .setHandler(new BlockingHandler(this::handle))
            .build();
    server.start();
  }

  public URI uri() {
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    return URI.create("http://127.0.0.1:" + port);
  }

  private void handle(HttpServerExchange ex) throws IOException {
    byte[] body = ex.getInputStream().readAllBytes();
    EnvelopeVerdict verdict =
        verifier.verifyRequest("POST", ex.getRequestPath(), ex.getRequestHeaders()::getFirst, body);
    if (!(verdict instanceof EnvelopeVerdict.Accepted accepted)) {
      refusals.add(
          new Refusal(
              ((EnvelopeVerdict.Refused) verdict).code().code(),
              ex.getRequestHeaders().getFirst(EnvelopeHeaders.TIMESTAMP)));
      ex.setStatusCode(401);
      ex.endExchange();
      return;
    }
    JsonNode message = JSON.readTree(body);
    deliveries.add(message);
    String code =
        applied.computeIfAbsent(message.path("bankSerial").asText(), s -> decide.apply(message));
    byte[] answer =
        JSON.writeValueAsBytes(
            Map.of(
                "resultCode", code, "brokerSerial", "BRK" + message.path("bankSerial").asText()));
    EnvelopeHeaders headers = signer.signResponse(200, accepted.nonce(), answer);
    headers.asMap().forEach((k, v) -> ex.getResponseHeaders().put(new HttpString(k), v));
    ex.getResponseSender().send(ByteBuffer.wrap(answer));
  }

  /** Every verified delivery, duplicates included. */
  public List<JsonNode> deliveries() {
    return List.copyOf(deliveries);
  }

  /** Every request the envelope check refused. */
  public List<Refusal> refusals() {
    return List.copyOf(refusals);
  }

  public int distinctApplied() {
    return applied.size();
  }

  @Override
  public void close() {
    server.stop();
  }
}
