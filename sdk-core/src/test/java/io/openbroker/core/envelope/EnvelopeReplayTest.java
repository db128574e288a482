package io.openbroker.core.envelope;

import static io.openbroker.core.envelope.EnvelopeFixture.BODY;
import static io.openbroker.core.envelope.EnvelopeFixture.T;
import static io.openbroker.core.envelope.EnvelopeFixture.assertRefused;
import static io.openbroker.core.envelope.EnvelopeFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.CoreErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ±skew time window and the replay cache, on a clock the tests move by hand. */
class EnvelopeReplayTest {

  private final EnvelopeFixture f = new EnvelopeFixture();

  @Test
  void acceptsTimestampsUpTo300SecondsEitherWayAndRefusesOneMillisecondMore() {
    EnvelopeHeaders early = f.signTransfer();
    f.clock.advance(Duration.ofMillis(1));
    EnvelopeHeaders late = f.signTransfer();

    f.clock.set(Instant.ofEpochMilli(T + 300_000));
    assertThat(f.verifyTransfer(early.asMap())).isInstanceOf(EnvelopeVerdict.Accepted.class);
    f.clock.set(Instant.ofEpochMilli(T + 1 - 300_000));
    assertThat(f.verifyTransfer(late.asMap())).isInstanceOf(EnvelopeVerdict.Accepted.class);

    EnvelopeHeaders another = f.signer.signRequest("POST", "/v1/transfers", BODY);
    f.clock.set(Instant.ofEpochMilli(another.timestampMillis() + 300_001));
    assertRefused(f.verifyTransfer(another.asMap())).isEqualTo(CoreErrorCode.ENVELOPE_STALE);
    f.clock.set(Instant.ofEpochMilli(another.timestampMillis() - 300_001));
    assertRefused(f.verifyTransfer(another.asMap())).isEqualTo(CoreErrorCode.ENVELOPE_STALE);
  }

  @Test
  void theTimeWindowIsConfigurable() {
    EnvelopeVerifier strict =
        EnvelopeVerifier.builder(KeyResolver.of(Map.of("broker-1", f.brokerPublic)))
            .clock(f.clock)
            .maxSkew(Duration.ofSeconds(30))
            .build();
    EnvelopeHeaders headers = f.signTransfer();
    f.clock.advance(Duration.ofSeconds(31));

    assertRefused(strict.verifyRequest("POST", "/v1/transfers", headers.lookup(), BODY))
        .isEqualTo(CoreErrorCode.ENVELOPE_STALE);
  }

  @Test
  void refusesATimestampThatIsNotEpochMilliseconds() {
    assertRefused(f.verifyTransfer(with(f.signTransfer(), "OB-Timestamp", "2026-11-20T02:00Z")))
        .isEqualTo(CoreErrorCode.ENVELOPE_STALE);
  }

  @Test
  void refusesTheSameEnvelopeTwice() {
    EnvelopeHeaders headers = f.signTransfer();

    assertThat(f.verifyTransfer(headers.asMap())).isInstanceOf(EnvelopeVerdict.Accepted.class);
    assertRefused(f.verifyTransfer(headers.asMap())).isEqualTo(CoreErrorCode.ENVELOPE_REPLAYED);
  }

  @Test
  void aForgeryWithAGenuineNonceDoesNotBlockTheGenuineMessage() {
    EnvelopeHeaders genuine = f.signTransfer();
    byte[] forged = "{\"amount\":\"1.00\"}".getBytes(StandardCharsets.UTF_8);

    assertRefused(f.verifier.verifyRequest("POST", "/v1/transfers", genuine.lookup(), forged))
        .isEqualTo(CoreErrorCode.SIGNATURE_INVALID);
    assertThat(f.verifyTransfer(genuine.asMap())).isInstanceOf(EnvelopeVerdict.Accepted.class);
  }

  @Test
  void remembersANonceForTheWholeWindowEvenAtItsEdges() {
    EnvelopeHeaders headers = f.signTransfer();
    f.clock.set(Instant.ofEpochMilli(T - 300_000));
    assertThat(f.verifyTransfer(headers.asMap())).isInstanceOf(EnvelopeVerdict.Accepted.class);

    f.clock.set(Instant.ofEpochMilli(T + 300_000));

    assertRefused(f.verifyTransfer(headers.asMap())).isEqualTo(CoreErrorCode.ENVELOPE_REPLAYED);
  }

  @Test
  void forgetsANonceAfterTwiceTheSkewAndStillRefusesTheOldReplayAsStale() {
    EnvelopeHeaders first =
        new EnvelopeSigner("broker-1", f.brokerKey, f.effects(3))
            .signRequest("POST", "/v1/transfers", BODY);
    assertThat(f.verifyTransfer(first.asMap())).isInstanceOf(EnvelopeVerdict.Accepted.class);

    f.clock.advance(Duration.ofMillis(600_000));
    EnvelopeHeaders sameNonceInside =
        new EnvelopeSigner("broker-1", f.brokerKey, f.effects(3))
            .signRequest("POST", "/v1/transfers", BODY);
    assertThat(sameNonceInside.nonce()).isEqualTo(first.nonce());
    assertRefused(f.verifyTransfer(sameNonceInside.asMap()))
        .isEqualTo(CoreErrorCode.ENVELOPE_REPLAYED);

    f.clock.advance(Duration.ofMillis(1));
    EnvelopeHeaders sameNonceAfter =
        new EnvelopeSigner("broker-1", f.brokerKey, f.effects(3))
            .signRequest("POST", "/v1/transfers", BODY);
    assertThat(f.verifyTransfer(sameNonceAfter.asMap()))
        .isInstanceOf(EnvelopeVerdict.Accepted.class);
    assertRefused(f.verifyTransfer(first.asMap())).isEqualTo(CoreErrorCode.ENVELOPE_STALE);
  }
}
