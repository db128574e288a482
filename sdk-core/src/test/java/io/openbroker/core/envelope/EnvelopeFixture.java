package io.openbroker.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.Effects;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import io.openbroker.core.testing.AdjustableClock;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A broker signing with a fake key and a bank verifying it, on one adjustable clock. */
final class EnvelopeFixture {

  static final long T = 1_795_656_600_000L;
  static final byte[] BODY =
      "{\"brokerSerial\":\"B20261120000000001\",\"amount\":\"1000.00\"}"
          .getBytes(StandardCharsets.UTF_8);

  final AdjustableClock clock = AdjustableClock.atMillis(T);
  final MessageSigner brokerKey = FakeKeys.signer("broker", SignatureAlgorithm.SM3_WITH_SM2);
  final MessageVerifier brokerPublic = FakeKeys.verifier("broker", SignatureAlgorithm.SM3_WITH_SM2);
  final EnvelopeSigner signer = new EnvelopeSigner("broker-1", brokerKey, effects(7));
  final EnvelopeVerifier verifier =
      EnvelopeVerifier.builder(KeyResolver.of(Map.of("broker-1", brokerPublic)))
          .clock(clock)
          .build();

  Effects effects(long seed) {
    return Effects.deterministic(seed, clock);
  }

  EnvelopeHeaders signTransfer() {
    return signer.signRequest("POST", "/v1/transfers", BODY);
  }

  EnvelopeVerdict verifyTransfer(Map<String, String> headers) {
    return verifier.verifyRequest("POST", "/v1/transfers", HeaderLookup.of(headers), BODY);
  }

  static Map<String, String> with(EnvelopeHeaders headers, String name, String value) {
    Map<String, String> map = new HashMap<>(headers.asMap());
    if (value == null) {
      map.remove(name);
    } else {
      map.put(name, value);
    }
    return map;
  }

  /** Asserts that {@code verdict} is a refusal and returns an assertion on its code. */
  static org.assertj.core.api.AbstractComparableAssert<?, CoreErrorCode> assertRefused(
      EnvelopeVerdict verdict) {
    assertThat(verdict).isInstanceOf(EnvelopeVerdict.Refused.class);
    return assertThat(((EnvelopeVerdict.Refused) verdict).code());
  }
}
