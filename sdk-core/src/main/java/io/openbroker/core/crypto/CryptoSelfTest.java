package io.openbroker.core.crypto;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.SelfTestVectors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Known-answer self-test of every algorithm OpenBroker uses, to run once at start-up: a wrong
 * Bouncy Castle version, a changed default (SM2 user ID, ciphertext order, signature encoding) or a
 * broken provider fails fast with {@code CRYPTO_SELF_TEST_FAILED} naming the check, instead of
 * producing signatures the bank rejects. The vectors are GB/T 32905 / 32907, RFC 8998, and
 * signatures and ciphertexts made by OpenSSL 3. Takes a few milliseconds.
 *
 * <pre>{@code
 * List<CryptoSelfTest.Check> passed = CryptoSelfTest.run();
 * log.info("crypto self-test passed: {}", passed);
 * }</pre>
 */
public final class CryptoSelfTest {

  /** The checks, in the order they run. */
  public enum Check {
    /** GB/T 32905 SM3 of "abc". */
    SM3("SM3 hash of \"abc\" differs from GB/T 32905"),
    /** GB/T 32907 SM4 single block. */
    SM4("SM4 block encryption differs from GB/T 32907"),
    /** RFC 8998 SM4-GCM vector, and tag rejection. */
    SM4_GCM("SM4-GCM differs from RFC 8998 or accepted a forged tag"),
    /** An OpenSSL SM3withSM2 signature with the default user ID, and a sign/verify round trip. */
    SM2_SIGNATURE(
        "an OpenSSL SM3withSM2 signature (user ID 1234567812345678, DER) does not verify:"
            + " wrong SM2 user ID or signature encoding"),
    /** An OpenSSL SM2 ciphertext (C1C3C2, DER), and an encrypt/decrypt round trip. */
    SM2_ENCRYPTION(
        "an OpenSSL SM2 ciphertext (C1C3C2, GM/T 0009 DER) does not decrypt:"
            + " wrong ciphertext order or layout"),
    /** An OpenSSL SHA256withRSA signature, reproduced byte for byte. */
    RSA_SIGNATURE("an OpenSSL SHA256withRSA signature does not verify or is not reproduced"),
    /** An OpenSSL RSA-OAEP (SHA-256, MGF1-SHA-256) ciphertext, and a round trip. */
    RSA_OAEP("an OpenSSL RSA-OAEP-SHA-256 ciphertext does not decrypt: wrong OAEP digests");

    private final String failure;

    Check(String failure) {
      this.failure = failure;
    }
  }

  private CryptoSelfTest() {}

  /** Runs every check with secure randomness; returns them all, or throws on the first failure. */
  public static List<Check> run() {
    return run(RandomSource.secure());
  }

  /** Runs every check, drawing the round trips' randomness from {@code random}. */
  public static List<Check> run(RandomSource random) {
    return run(SelfTestVectors.bundled(), random, EnumSet.allOf(Check.class));
  }

  static List<Check> run(SelfTestVectors vectors, RandomSource random, Set<Check> checks) {
    SelfTestChecks implementation = new SelfTestChecks(vectors, random);
    List<Check> passed = new ArrayList<>();
    for (Check check : checks) {
      Optional<String> failure;
      try {
        failure = implementation.failureOf(check);
      } catch (RuntimeException e) {
        throw failed(check, "threw " + e.getClass().getSimpleName(), e);
      }
      if (failure.isPresent()) {
        throw failed(check, failure.get(), null);
      }
      passed.add(check);
    }
    return List.copyOf(passed);
  }

  private static InternalException failed(Check check, String detail, Throwable cause) {
    return new InternalException(
        CoreErrorCode.CRYPTO_SELF_TEST_FAILED,
        check + ": " + check.failure + (detail.isEmpty() ? "" : " (" + detail + ")"),
        cause);
  }
}
