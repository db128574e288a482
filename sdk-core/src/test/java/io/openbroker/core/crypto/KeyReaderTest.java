package io.openbroker.core.crypto;

import static io.openbroker.core.crypto.CryptoFixtures.bytes;
import static io.openbroker.core.crypto.CryptoFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class KeyReaderTest {

  @Test
  void readsEveryPrivateKeyFormOfTheSameSm2Key() {
    PublicKeyMaterial expected = KeyReader.publicKey(text("sm2-public.pem"));
    assertThat(KeyReader.privateKey(text("sm2-private.pem")).publicKey()).isEqualTo(expected);
    assertThat(KeyReader.privateKey(text("sm2-private-sec1.pem")).publicKey()).isEqualTo(expected);
    assertThat(KeyReader.publicKey(text("sm2-cert.pem"))).isEqualTo(expected);
  }

  @Test
  void readsTheKeyAfterTheParametersBlockOfOpensslEcparamGenkey() {
    Sm2PrivateKey key = KeyReader.sm2PrivateKey(text("sm2-ecparam-genkey.pem"));
    byte[] message = CryptoFixtures.message();
    byte[] signature = key.signer(io.openbroker.core.RandomSource.seeded(1)).sign(message);
    assertThat(key.publicKey().verifier().verify(message, signature)).isTrue();
  }

  @Test
  void readsEveryPrivateKeyFormOfTheSameRsaKey() {
    PublicKeyMaterial expected = KeyReader.publicKey(text("rsa-public.pem"));
    assertThat(KeyReader.privateKey(text("rsa-private.pem")).publicKey()).isEqualTo(expected);
    assertThat(KeyReader.privateKey(text("rsa-private-pkcs1.pem")).publicKey()).isEqualTo(expected);
    assertThat(KeyReader.rsaPublicKey(text("rsa-cert.pem"))).isEqualTo(expected);
    assertThat(((RsaPublicKey) expected).bits()).isEqualTo(2048);
  }

  @Test
  void readsCertificateDetails() {
    CertificateInfo certificate = KeyReader.certificate(text("sm2-cert.pem"));
    assertThat(certificate.subject()).contains("CN=OpenBroker SM2 fixture");
    assertThat(certificate.publicKey()).isEqualTo(KeyReader.publicKey(text("sm2-public.pem")));
    assertThat(certificate.isValidAt(certificate.notBefore())).isTrue();
    assertThat(certificate.isValidAt(certificate.notAfter().plusSeconds(1))).isFalse();
    assertThat(certificate.isValidAt(Instant.EPOCH)).isFalse();
  }

  @Test
  void readsPkcs12FilesMadeByOpenSsl() {
    char[] password = CryptoFixtures.settings().getProperty("pkcs12.password").toCharArray();
    KeyStoreEntry rsa = KeyReader.pkcs12(bytes("rsa.p12"), password);
    assertThat(rsa.privateKey().publicKey()).isEqualTo(KeyReader.publicKey(text("rsa-public.pem")));
    assertThat(rsa.certificate()).hasValueSatisfying(c -> assertThat(c.subject()).contains("RSA"));
    KeyStoreEntry sm2 = KeyReader.pkcs12(bytes("sm2.p12"), password);
    assertThat(sm2.privateKey()).isInstanceOf(Sm2PrivateKey.class);
    assertThat(sm2.privateKey().publicKey()).isEqualTo(KeyReader.publicKey(text("sm2-public.pem")));
  }

  @Test
  void wrongPkcs12PasswordIsMalformedKey() {
    assertCode(
        () -> KeyReader.pkcs12(bytes("rsa.p12"), "wrong".toCharArray()),
        CoreErrorCode.KEY_MALFORMED);
  }

  @Test
  void garbageIsMalformedKey() {
    assertCode(() -> KeyReader.privateKey("not a key"), CoreErrorCode.KEY_MALFORMED);
    assertCode(() -> KeyReader.publicKey(""), CoreErrorCode.KEY_MALFORMED);
    String corrupt = "-----BEGIN PRIVATE KEY-----\nAAAABBBBCCCC\n-----END PRIVATE KEY-----\n";
    assertCode(() -> KeyReader.privateKey(corrupt), CoreErrorCode.KEY_MALFORMED);
    assertCode(() -> KeyReader.privateKey(text("sm2-public.pem")), CoreErrorCode.KEY_MALFORMED);
    assertCode(() -> KeyReader.publicKey(text("sm2-private.pem")), CoreErrorCode.KEY_MALFORMED);
  }

  @Test
  void rsaKeyWhereSm2IsRequiredIsWrongType() {
    assertCode(
        () -> KeyReader.sm2PrivateKey(text("rsa-private.pem")), CoreErrorCode.KEY_WRONG_TYPE);
    assertCode(() -> KeyReader.sm2PublicKey(text("rsa-cert.pem")), CoreErrorCode.KEY_WRONG_TYPE);
    assertCode(() -> KeyReader.rsaPublicKey(text("sm2-public.pem")), CoreErrorCode.KEY_WRONG_TYPE);
  }

  @Test
  void ecKeyOnAnotherCurveIsWrongType() {
    assertCode(() -> KeyReader.privateKey(text("p256-private.pem")), CoreErrorCode.KEY_WRONG_TYPE);
    assertCode(() -> KeyReader.publicKey(text("p256-public.pem")), CoreErrorCode.KEY_WRONG_TYPE);
  }

  @Test
  void shortRsaAndEd25519KeysAreWrongType() {
    assertCode(
        () -> KeyReader.privateKey(text("rsa1024-private.pem")), CoreErrorCode.KEY_WRONG_TYPE);
    assertCode(
        () -> KeyReader.privateKey(text("ed25519-private.pem")), CoreErrorCode.KEY_WRONG_TYPE);
  }

  @Test
  void badCertificateIsCertificateInvalid() {
    assertCode(() -> KeyReader.certificate("junk"), CoreErrorCode.CERTIFICATE_INVALID);
    assertCode(
        () -> KeyReader.certificate(text("sm2-public.pem")), CoreErrorCode.CERTIFICATE_INVALID);
    String corrupt = "-----BEGIN CERTIFICATE-----\nMIIBAAAA\n-----END CERTIFICATE-----\n";
    assertCode(() -> KeyReader.certificate(corrupt), CoreErrorCode.CERTIFICATE_INVALID);
  }

  @Test
  void keysNeverPrintTheirMaterial() {
    String pem = text("sm2-private.pem");
    PrivateKeyMaterial key = KeyReader.privateKey(pem);
    String body = pem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
    assertThat(key.toString()).doesNotContain(body.substring(0, 20)).contains("redacted");
    assertThat(key.signer(io.openbroker.core.RandomSource.seeded(1)).toString())
        .contains("redacted");
    assertThatThrownBy(() -> KeyReader.publicKey(pem.replace("PRIVATE", "PUBLIC")))
        .hasMessageNotContaining(body.substring(0, 20));
  }

  private static void assertCode(ThrowingCallable call, CoreErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOf(CredentialException.class)
        .extracting(e -> ((CredentialException) e).code())
        .isEqualTo(code);
  }
}
