package io.openbroker.core.crypto;

import static io.openbroker.core.crypto.CryptoFixtures.bytes;
import static io.openbroker.core.crypto.CryptoFixtures.message;
import static io.openbroker.core.crypto.CryptoFixtures.secret;
import static io.openbroker.core.crypto.CryptoFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Signatures and ciphertexts made by OpenSSL 3 verify and decrypt here, and those the SDK made (and
 * the fixture script checked with OpenSSL) still verify: both directions, byte for byte.
 */
class OpenSslInteropTest {

  private final Sm2PublicKey sm2Public = KeyReader.sm2PublicKey(text("sm2-public.pem"));
  private final Sm2PrivateKey sm2Private = KeyReader.sm2PrivateKey(text("sm2-private.pem"));
  private final RsaPublicKey rsaPublic = KeyReader.rsaPublicKey(text("rsa-public.pem"));
  private final RsaPrivateKey rsaPrivate = KeyReader.rsaPrivateKey(text("rsa-private.pem"));

  @Test
  void verifiesOpenSslSm2SignatureWithTheDefaultUserId() {
    assertThat(sm2Public.verifier().verify(message(), bytes("openssl-sm2.sig"))).isTrue();
  }

  @Test
  void verifiesOpenSslSm2SignatureWithACustomUserId() {
    MessageVerifier verifier = sm2Public.verifier(CryptoFixtures.CUSTOM_ID);
    assertThat(verifier.verify(message(), bytes("openssl-sm2-custom-id.sig"))).isTrue();
  }

  @Test
  void rejectsOpenSslSm2SignatureUnderTheWrongUserId() {
    assertThat(sm2Public.verifier(Sm2UserId.of("")).verify(message(), bytes("openssl-sm2.sig")))
        .isFalse();
    assertThat(sm2Public.verifier().verify(message(), bytes("openssl-sm2-custom-id.sig")))
        .isFalse();
  }

  @Test
  void sdkSm2SignaturesCheckedByOpenSslStillVerify() {
    assertThat(sm2Public.verifier().verify(message(), bytes("sdk-sm2.sig"))).isTrue();
    assertThat(
            sm2Public
                .verifier(CryptoFixtures.CUSTOM_ID)
                .verify(message(), bytes("sdk-sm2-custom-id.sig")))
        .isTrue();
  }

  @Test
  void verifiesOpenSslRsaSignature() {
    assertThat(rsaPublic.verifier().verify(message(), bytes("openssl-rsa.sig"))).isTrue();
  }

  @Test
  void rsaSignatureIsByteIdenticalToOpenSsl() {
    byte[] ours = rsaPrivate.signer(RandomSource.seeded(1)).sign(message());
    assertThat(ours).isEqualTo(bytes("openssl-rsa.sig"));
  }

  @Test
  void decryptsOpenSslSm2DerCiphertext() {
    assertThat(sm2Private.decrypt(bytes("openssl-sm2.ct.der"), Sm2CiphertextEncoding.C1C3C2_DER))
        .isEqualTo(secret());
  }

  @Test
  void decryptsTheSdkCiphertextsThatOpenSslDecrypted() {
    assertThat(sm2Private.decrypt(bytes("sdk-sm2.ct.der"))).isEqualTo(secret());
    assertThat(sm2Private.decrypt(bytes("sdk-sm2.ct.raw"), Sm2CiphertextEncoding.C1C3C2_RAW))
        .isEqualTo(secret());
    assertThat(rsaPrivate.decrypt(bytes("sdk-rsa-oaep.ct"))).isEqualTo(secret());
  }

  @Test
  void decryptsOpenSslRsaOaepCiphertext() {
    assertThat(rsaPrivate.decrypt(bytes("openssl-rsa-oaep.ct"))).isEqualTo(secret());
  }

  @Test
  void sdkGeneratedKeysSignaturesVerify() {
    PublicKeyMaterial generated = KeyReader.publicKey(text("sdk-generated-sm2-public.pem"));
    assertThat(generated.verifier().verify(message(), bytes("sdk-generated-sm2.sig"))).isTrue();
    assertThat(KeyReader.privateKey(text("sdk-generated-sm2-private.pem")).publicKey())
        .isEqualTo(generated);
  }
}
