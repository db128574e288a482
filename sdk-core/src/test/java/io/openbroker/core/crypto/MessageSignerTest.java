package io.openbroker.core.crypto;

import static io.openbroker.core.crypto.CryptoFixtures.bytes;
import static io.openbroker.core.crypto.CryptoFixtures.message;
import static io.openbroker.core.crypto.CryptoFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.RandomSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MessageSignerTest {

  private final Sm2PrivateKey sm2 = KeyReader.sm2PrivateKey(text("sm2-private.pem"));
  private final MessageSigner signer = sm2.signer(RandomSource.seeded(5));
  private final MessageVerifier verifier = sm2.publicKey().verifier();

  @Test
  void oneSignerIsSafeToShareAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        tasks.add(
            () -> {
              for (int i = 0; i < 50; i++) {
                byte[] m = ("thread " + thread + " message " + i).getBytes(StandardCharsets.UTF_8);
                if (!verifier.verify(m, signer.sign(m))) {
                  return false;
                }
              }
              return true;
            });
      }
      for (Future<Boolean> result : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void signaturesAreDerAndRandomised() {
    byte[] first = signer.sign(message());
    byte[] second = signer.sign(message());
    assertThat(first[0]).isEqualTo((byte) 0x30); // DER SEQUENCE { r, s }
    assertThat(first).isNotEqualTo(second);
    assertThat(verifier.verify(message(), first)).isTrue();
    assertThat(verifier.verify(message(), second)).isTrue();
  }

  @Test
  void seededRandomnessGivesReproducibleSm2Signatures() {
    byte[] a = sm2.signer(RandomSource.seeded(9)).sign(message());
    byte[] b = sm2.signer(RandomSource.seeded(9)).sign(message());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void malformedSignaturesAreSimplyInvalid() {
    byte[] valid = bytes("openssl-sm2.sig");
    assertThat(verifier.verify(message(), new byte[0])).isFalse();
    assertThat(verifier.verify(message(), new byte[] {0x30, 0x03, 0x02, 0x01})).isFalse();
    byte[] trailing = java.util.Arrays.copyOf(valid, valid.length + 1);
    assertThat(verifier.verify(message(), trailing)).isFalse();
    // The verifier still works after malformed input.
    assertThat(verifier.verify(message(), valid)).isTrue();
    MessageVerifier rsa = KeyReader.publicKey(text("rsa-public.pem")).verifier();
    assertThat(rsa.verify(message(), valid)).isFalse();
    assertThat(rsa.verify(message(), bytes("openssl-rsa.sig"))).isTrue();
  }

  @Test
  void signerAndVerifierNameTheirAlgorithm() {
    assertThat(signer.algorithm()).isEqualTo(SignatureAlgorithm.SM3_WITH_SM2);
    assertThat(
            KeyReader.privateKey(text("rsa-private.pem"))
                .signer(RandomSource.seeded(1))
                .algorithm())
        .isEqualTo(SignatureAlgorithm.SHA256_WITH_RSA);
    assertThat(KeyReader.publicKey(text("rsa-cert.pem")).signatureAlgorithm())
        .isEqualTo(SignatureAlgorithm.SHA256_WITH_RSA);
  }
}
