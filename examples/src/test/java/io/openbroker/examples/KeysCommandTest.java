package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.CertificateInfo;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.crypto.PrivateKeyMaterial;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysCommandTest {

  @TempDir Path dir;

  @Test
  void writesAnSm2PairWhoseCertificateVerifiesItsSignatures() throws Exception {
    CliRun run = CliRun.of("keys", "--out", dir.toString(), "--name", "b", "--cert", "Broker One");

    assertThat(run.exit()).as(run.err()).isZero();
    PrivateKeyMaterial key = KeyReader.privateKey(dir.resolve("b-private.pem"));
    CertificateInfo cert = KeyReader.certificate(dir.resolve("b-cert.pem"));
    assertThat(key.signatureAlgorithm()).isEqualTo(SignatureAlgorithm.SM3_WITH_SM2);
    assertThat(cert.subject()).isEqualTo("CN=Broker One");
    byte[] message = "POST\n/v1/transfers\n".getBytes(StandardCharsets.UTF_8);
    byte[] signature = key.signer(RandomSource.secure()).sign(message);
    assertThat(cert.publicKey().verifier().verify(message, signature)).isTrue();
    assertThat(
            KeyReader.publicKey(dir.resolve("b-public.pem")).verifier().verify(message, signature))
        .isTrue();
  }

  @Test
  void writesAnRsaPairAndReportsItAsJson() throws Exception {
    CliRun run = CliRun.of("keys", "--out", dir.toString(), "--alg", "rsa", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    Map<?, ?> json = new ObjectMapper().readValue(run.out(), Map.class);
    assertThat(json.get("algorithm")).isEqualTo("SHA256withRSA");
    assertThat(KeyReader.privateKey(Path.of((String) json.get("privateKey"))).signatureAlgorithm())
        .isEqualTo(SignatureAlgorithm.SHA256_WITH_RSA);
  }

  @Test
  void neverOverwritesAKeyAndSaysWhyOnOneLine() throws Exception {
    assertThat(CliRun.of("keys", "--out", dir.toString()).exit()).isZero();
    String before = Files.readString(dir.resolve("broker-private.pem"));

    CliRun again = CliRun.of("keys", "--out", dir.toString());

    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.oneLineError()).isTrue();
    assertThat(again.err()).startsWith("keys: file exists: ");
    assertThat(Files.readString(dir.resolve("broker-private.pem"))).isEqualTo(before);
  }

  @Test
  void refusesAWeakRsaKeyWithoutWritingAnything() throws Exception {
    CliRun run = CliRun.of("keys", "--out", dir.toString(), "--alg", "rsa", "--bits", "1024");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.oneLineError()).as(run.err()).isTrue();
    assertThat(dir.resolve("broker-private.pem")).doesNotExist();
  }
}
