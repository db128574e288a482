package io.openbroker.benchmarks;

import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import io.openbroker.core.envelope.EnvelopeHeaders;
import io.openbroker.core.envelope.EnvelopeSigner;
import io.openbroker.core.envelope.EnvelopeVerdict;
import io.openbroker.core.envelope.EnvelopeVerifier;
import io.openbroker.core.envelope.HeaderLookup;
import io.openbroker.core.envelope.KeyResolver;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The signed envelope's cost over raw SM2 (target: envelope throughput ≥ 90% of raw). Both sides
 * use the same SM2 key pair and a 1 KiB body in the same run:
 *
 * <ul>
 *   <li>{@code rawSm2SignAndVerify}: sign and verify a prebuilt string to sign;
 *   <li>{@code envelopeSignAndVerify}: the whole envelope — nonce, clock, string to sign, base64,
 *       header parsing, the time window and the replay cache — around the same sign and verify;
 *   <li>{@code envelopeOverheadOnly}: the same envelope around a signer and verifier that do no
 *       crypto, so the envelope's own cost per message reads directly (1 / its throughput).
 * </ul>
 *
 * <pre>
 * mvn -B -o package -pl benchmarks -am -DskipTests
 * java -jar benchmarks/target/benchmarks.jar EnvelopeBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnvelopeBenchmark {

  private static final String PATH = "/v1/transfers";

  private byte[] body;
  private byte[] rawMessage;
  private MessageSigner sm2Signer;
  private MessageVerifier sm2Verifier;
  private EnvelopeSigner envelopeSigner;
  private EnvelopeVerifier envelopeVerifier;
  private EnvelopeSigner noCryptoSigner;
  private EnvelopeVerifier noCryptoVerifier;

  @Setup
  public void setUp() {
    Effects effects = Effects.system();
    AsymmetricKeyPair keys = AsymmetricKeyPair.generateSm2(RandomSource.secure());
    sm2Signer = keys.privateKey().signer(RandomSource.secure());
    sm2Verifier = keys.publicKey().verifier();
    body = new byte[1024];
    Arrays.fill(body, (byte) 'x');
    String prefix = "POST\n" + PATH + "\n1795656600000\n3f7a9c0e5b2d4186a1c3e5f708192a3b\n";
    rawMessage = concat(prefix.getBytes(StandardCharsets.UTF_8), body);
    envelopeSigner = new EnvelopeSigner("broker-1", sm2Signer, effects);
    // A realistic bound for one peer; every call adds a fresh nonce, as in production.
    envelopeVerifier =
        EnvelopeVerifier.builder(KeyResolver.of(Map.of("broker-1", sm2Verifier)))
            .clock(effects.clock())
            .replayCacheSize(100_000)
            .build();
    NoCrypto noCrypto = new NoCrypto();
    noCryptoSigner = new EnvelopeSigner("broker-1", noCrypto, effects);
    noCryptoVerifier =
        EnvelopeVerifier.builder(KeyResolver.of(Map.of("broker-1", noCrypto)))
            .clock(effects.clock())
            .replayCacheSize(100_000)
            .build();
    // A refused envelope skips the verification: make sure the measured path is the accepted one.
    if (!(envelopeSignAndVerify() instanceof EnvelopeVerdict.Accepted)
        || !(envelopeOverheadOnly() instanceof EnvelopeVerdict.Accepted)) {
      throw new IllegalStateException("the benchmark's envelope is refused");
    }
  }

  @Benchmark
  public boolean rawSm2SignAndVerify() {
    byte[] signature = sm2Signer.sign(rawMessage);
    return sm2Verifier.verify(rawMessage, signature);
  }

  @Benchmark
  public EnvelopeVerdict envelopeSignAndVerify() {
    EnvelopeHeaders headers = envelopeSigner.signRequest("POST", PATH, body);
    HeaderLookup received = HeaderLookup.of(headers.asMap());
    return envelopeVerifier.verifyRequest("POST", PATH, received, body);
  }

  @Benchmark
  public EnvelopeVerdict envelopeOverheadOnly() {
    EnvelopeHeaders headers = noCryptoSigner.signRequest("POST", PATH, body);
    HeaderLookup received = HeaderLookup.of(headers.asMap());
    return noCryptoVerifier.verifyRequest("POST", PATH, received, body);
  }

  /** A DER-shaped constant "signature" that always verifies: isolates the envelope's own work. */
  private static final class NoCrypto implements MessageSigner, MessageVerifier {
    private final byte[] signature = new byte[70];

    NoCrypto() {
      signature[0] = 0x30;
      signature[1] = 68;
      signature[2] = 0x02;
      signature[3] = 32;
      signature[36] = 0x02;
      signature[37] = 32;
      signature[4] = 1;
      signature[38] = 1;
    }

    @Override
    public SignatureAlgorithm algorithm() {
      return SignatureAlgorithm.SM3_WITH_SM2;
    }

    @Override
    public byte[] sign(byte[] message) {
      return signature.clone();
    }

    @Override
    public boolean verify(byte[] message, byte[] candidate) {
      return message.length > 0 && candidate.length == signature.length;
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length + 1);
    System.arraycopy(b, 0, out, a.length, b.length);
    out[out.length - 1] = '\n';
    return out;
  }
}
