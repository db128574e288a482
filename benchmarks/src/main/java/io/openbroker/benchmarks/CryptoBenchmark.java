package io.openbroker.benchmarks;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.Sm2PrivateKey;
import io.openbroker.core.crypto.Sm2PublicKey;
import io.openbroker.core.crypto.Sm2UserId;
import io.openbroker.core.crypto.Sm3Hash;
import io.openbroker.core.crypto.Sm4Gcm;
import io.openbroker.core.crypto.Sm4Key;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SM2/SM3/SM4 costs behind every signed envelope and every encrypted PII field (SPEC §4 "Speed").
 * SM2 sign/verify share one {@link MessageSigner}/{@link MessageVerifier} across JMH threads, as
 * the SDK does, so they measure warm pooled signers; {@link #sm2SignInitPerMessage} builds a new
 * signer per message for contrast. Throughput benchmarks use {@code -t N} for several cores.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CryptoBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CryptoBenchmark {

  /** A typical signed transfer request body with its envelope headers. */
  private static final byte[] MESSAGE =
      ("POST\n/v1/transfers\n1763690400000\n6f1c2a9e0d4b4f3a8e7c5d2b1a09f8e7\n"
              + "{\"direction\":\"BANK_TO_SECURITIES\",\"serial\":\"B20261120000001\","
              + "\"fundAccount\":\"880000123456\",\"amount\":\"100.00\",\"currency\":\"CNY\"}\n")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] PASSWORD = "135790".getBytes(StandardCharsets.UTF_8);

  private Sm2PrivateKey sm2Key;
  private MessageSigner sm2Signer;
  private MessageVerifier sm2Verifier;
  private byte[] sm2Signature;
  private Sm2PublicKey sm2Public;
  private byte[] sm2Ciphertext;

  @Setup(Level.Trial)
  public void setUp() {
    AsymmetricKeyPair pair = AsymmetricKeyPair.generateSm2(RandomSource.seeded(42));
    sm2Key = (Sm2PrivateKey) pair.privateKey();
    sm2Signer = sm2Key.signer(Sm2UserId.DEFAULT, RandomSource.secure());
    sm2Verifier = pair.publicKey().verifier();
    sm2Signature = sm2Signer.sign(MESSAGE);
    sm2Public = (Sm2PublicKey) pair.publicKey();
    sm2Ciphertext = sm2Public.encrypt(PASSWORD, RandomSource.secure());
  }

  /** A payload of {@code size} bytes (1 KiB, 1 MiB) and an SM4-GCM cipher. */
  @State(Scope.Benchmark)
  public static class Payload {
    @Param({"1024", "1048576"})
    public int size;

    byte[] data;
    Sm4Gcm gcm;

    @Setup(Level.Trial)
    public void setUp() {
      RandomSource random = RandomSource.seeded(7);
      data = random.nextBytes(size);
      gcm = new Sm4Gcm(Sm4Key.generate(random), RandomSource.secure());
    }
  }

  /** Sign with a warm, shared signer (the SDK's normal path). */
  @Benchmark
  public byte[] sm2Sign() {
    return sm2Signer.sign(MESSAGE);
  }

  /** Verify with a warm, shared verifier. */
  @Benchmark
  public boolean sm2Verify() {
    return sm2Verifier.verify(MESSAGE, sm2Signature);
  }

  /** A new signer per message: what the pool saves. */
  @Benchmark
  public byte[] sm2SignInitPerMessage() {
    return sm2Key.signer(Sm2UserId.DEFAULT, RandomSource.secure()).sign(MESSAGE);
  }

  /** SM2 encryption of a six-digit bank password for the bank's key (every deposit). */
  @Benchmark
  public byte[] sm2Encrypt() {
    return sm2Public.encrypt(PASSWORD, RandomSource.secure());
  }

  /** The bank's SM2 decryption of that password. */
  @Benchmark
  public byte[] sm2Decrypt() {
    return sm2Key.decrypt(sm2Ciphertext);
  }

  /** SM3 over {@code size} bytes; bytes/s = ops/s × size. */
  @Benchmark
  public byte[] sm3(Payload payload) {
    return Sm3Hash.of(payload.data);
  }

  /** SM4-GCM encryption of {@code size} bytes with a fresh random IV. */
  @Benchmark
  public byte[] sm4GcmEncrypt(Payload payload) {
    return payload.gcm.encrypt(payload.data, MESSAGE);
  }
}
