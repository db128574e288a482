package io.openbroker.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.Effects;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.testing.AdjustableClock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Any single change to a signed envelope, with real SM2 keys, is refused. */
class EnvelopeProperties {

  private static final long T = 1_795_656_600_000L;
  private static final MessageSigner BROKER =
      KeyReader.privateKey(EnvelopeVectorsTest.text("broker-sm2-private.pem"))
          .signer(Effects.deterministic(5, AdjustableClock.atMillis(T)).random());
  private static final MessageVerifier BROKER_PUBLIC =
      KeyReader.publicKey(EnvelopeVectorsTest.text("broker-sm2-public.pem")).verifier();
  private static final MessageVerifier BANK_PUBLIC =
      KeyReader.publicKey(EnvelopeVectorsTest.text("bank-sm2-public.pem")).verifier();

  enum Change {
    KEY_ID,
    TIMESTAMP,
    NONCE,
    ALGORITHM,
    SIGNATURE,
    METHOD,
    PATH,
    BODY_BYTE,
    BODY_LENGTH
  }

  @Property(tries = 300)
  void anyChangeToHeadersOrBodyIsRefusedAndTheOriginalStillPasses(
      @ForAll @Size(max = 300) byte[] body,
      @ForAll("paths") String path,
      @ForAll Change change,
      @ForAll @IntRange(min = 0, max = 10_000) int where,
      @ForAll @IntRange(min = 1, max = 255) int delta) {
    AdjustableClock clock = AdjustableClock.atMillis(T);
    EnvelopeSigner signer =
        new EnvelopeSigner("broker-1", BROKER, Effects.deterministic(where, clock));
    EnvelopeVerifier verifier =
        EnvelopeVerifier.builder(
                KeyResolver.of(Map.of("broker-1", BROKER_PUBLIC, "bank-1", BANK_PUBLIC)))
            .clock(clock)
            .build();
    EnvelopeHeaders signed = signer.signRequest("POST", path, body);
    Map<String, String> headers = new HashMap<>(signed.asMap());
    String method = "POST";
    String receivedPath = path;
    byte[] received = body.clone();
    switch (change) {
      case KEY_ID -> headers.put(EnvelopeHeaders.KEY_ID, "bank-1");
      case TIMESTAMP -> headers.put(EnvelopeHeaders.TIMESTAMP, Long.toString(T + delta));
      case NONCE -> headers.put(EnvelopeHeaders.NONCE, flipHexDigit(signed.nonce(), where));
      case ALGORITHM -> headers.put(EnvelopeHeaders.SIGNATURE_ALG, "SHA256withRSA");
      case SIGNATURE ->
          headers.put(EnvelopeHeaders.SIGNATURE, flipByte(signed.signature(), where, delta));
      case METHOD -> method = "PUT";
      case PATH -> receivedPath = path + "x";
      case BODY_BYTE ->
          received = body.length == 0 ? new byte[] {(byte) delta} : flipByte(body, where, delta);
      case BODY_LENGTH -> received = Arrays.copyOf(body, body.length + 1 + where % 3);
    }

    EnvelopeVerdict tampered =
        verifier.verifyRequest(method, receivedPath, HeaderLookup.of(headers), received);

    assertThat(tampered).isInstanceOf(EnvelopeVerdict.Refused.class);
    assertThat(verifier.verifyRequest("POST", path, signed.lookup(), body))
        .isInstanceOf(EnvelopeVerdict.Accepted.class);
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .ofMinLength(1)
        .ofMaxLength(30)
        .map(s -> "/v1/" + s);
  }

  private static String flipHexDigit(String hex, int where) {
    int at = where % hex.length();
    char c = hex.charAt(at);
    char other = c == '0' ? '1' : '0';
    return hex.substring(0, at) + other + hex.substring(at + 1);
  }

  private static String flipByte(String base64, int where, int delta) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    return Base64.getEncoder().encodeToString(flipByte(bytes, where, delta));
  }

  private static byte[] flipByte(byte[] bytes, int where, int delta) {
    byte[] copy = bytes.clone();
    if (copy.length > 0) {
      copy[where % copy.length] ^= (byte) delta;
    }
    return copy;
  }
}
