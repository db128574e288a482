package io.openbroker.banksim.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal broker side for tests, written from SPEC §6 alone: signs requests, verifies that each
 * answer is signed by the bank and bound to the request's nonce.
 */
public final class SignedClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI base;
  private final String keyId;
  private final MessageSigner signer;
  private final MessageVerifier bankVerifier;
  private final Clock clock;
  private final AtomicLong nonces = new AtomicLong(System.nanoTime());
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public SignedClient(
      URI base, String keyId, MessageSigner signer, MessageVerifier bankVerifier, Clock clock) {
    this.base = base;
    this.keyId = keyId;
    this.signer = signer;
    this.bankVerifier = bankVerifier;
    this.clock = clock;
  }

  /** An answer: HTTP status, parsed body, and whether its signature verified. */
  public record Reply(
      int status,
      JsonNode body,
      String raw,
      boolean signatureValid,
      Map<String, java.util.List<String>> headers) {
    public String code() {
      return body.path("resultCode").asText();
    }
  }

  public Reply post(String path, Object body) throws IOException, InterruptedException {
    return post(path, JSON.writeValueAsString(body), clock.millis(), nextNonce());
  }

  public String nextNonce() {
    return HexFormat.of()
        .formatHex(
            java.nio.ByteBuffer.allocate(16)
                .putLong(nonces.incrementAndGet())
                .putLong(0x5a5a5a5aL)
                .array());
  }

  public Reply post(String path, String body, long timestamp, String nonce)
      throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String toSign = "POST\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
    String signature =
        Base64.getEncoder().encodeToString(signer.sign(toSign.getBytes(StandardCharsets.UTF_8)));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .header("OB-Key-Id", keyId)
            .header("OB-Timestamp", Long.toString(timestamp))
            .header("OB-Nonce", nonce)
            .header("OB-Signature-Alg", signer.algorithm().wireName())
            .header("OB-Signature", signature)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    return send(request, nonce);
  }

  public Reply send(HttpRequest request, String nonce) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String raw = response.body();
    JsonNode node =
        raw.isEmpty() || !raw.startsWith("{") ? JSON.createObjectNode() : JSON.readTree(raw);
    return new Reply(
        response.statusCode(), node, raw, verifies(response, nonce), response.headers().map());
  }

  private boolean verifies(HttpResponse<String> r, String nonce) {
    String ts = r.headers().firstValue("OB-Timestamp").orElse(null);
    String n = r.headers().firstValue("OB-Nonce").orElse(null);
    String sig = r.headers().firstValue("OB-Signature").orElse(null);
    if (ts == null || n == null || sig == null) {
      return false;
    }
    String signed = r.statusCode() + "\n" + nonce + "\n" + ts + "\n" + n + "\n" + r.body() + "\n";
    return bankVerifier.verify(
        signed.getBytes(StandardCharsets.UTF_8), Base64.getDecoder().decode(sig));
  }

  public HttpClient http() {
    return http;
  }

  /**
   * Sends one signed request over a plain socket and reads until the bank closes it: what comes
   * back on the wire, before any HTTP client can turn a reset into a generic error. Throws the
   * socket's own exception (e.g. {@code SocketException: Connection reset}).
   */
  public byte[] rawExchange(String path, Object body) throws IOException {
    String json = JSON.writeValueAsString(body);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    long timestamp = clock.millis();
    String nonce = nextNonce();
    String toSign = "POST\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + json + "\n";
    String signature =
        Base64.getEncoder().encodeToString(signer.sign(toSign.getBytes(StandardCharsets.UTF_8)));
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + "\r\nOB-Key-Id: "
            + keyId
            + "\r\nOB-Timestamp: "
            + timestamp
            + "\r\nOB-Nonce: "
            + nonce
            + "\r\nOB-Signature-Alg: "
            + signer.algorithm().wireName()
            + "\r\nOB-Signature: "
            + signature
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes.length
            + "\r\nConnection: close\r\n\r\n";
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      return socket.getInputStream().readAllBytes();
    }
  }
}
