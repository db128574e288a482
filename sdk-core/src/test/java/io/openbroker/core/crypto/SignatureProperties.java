package io.openbroker.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.core.RandomSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SignatureProperties {

  private static final AsymmetricKeyPair SM2 =
      AsymmetricKeyPair.generateSm2(RandomSource.seeded(1));
  private static final MessageSigner SM2_SIGNER = SM2.privateKey().signer(RandomSource.seeded(2));
  private static final MessageVerifier SM2_VERIFIER = SM2.publicKey().verifier();
  private static final PrivateKeyMaterial RSA =
      KeyReader.privateKey(CryptoFixtures.text("rsa-private.pem"));
  private static final MessageSigner RSA_SIGNER = RSA.signer(RandomSource.seeded(3));
  private static final MessageVerifier RSA_VERIFIER = RSA.publicKey().verifier();

  @Property(tries = 300)
  void sm2SignaturesVerify(@ForAll @Size(max = 2048) byte[] message) {
    assertThat(SM2_VERIFIER.verify(message, SM2_SIGNER.sign(message))).isTrue();
  }

  @Property(tries = 300)
  void anyFlippedBitInMessageOrSignatureFailsSm2(
      @ForAll @Size(min = 1, max = 512) byte[] message,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int position,
      @ForAll boolean inSignature) {
    byte[] signature = SM2_SIGNER.sign(message);
    byte[] target = inSignature ? signature : message;
    int bit = position % (target.length * 8);
    target[bit / 8] ^= (byte) (1 << (bit % 8));
    assertThat(SM2_VERIFIER.verify(message, signature)).isFalse();
  }

  @Property(tries = 100)
  void anyFlippedBitInMessageOrSignatureFailsRsa(
      @ForAll @Size(min = 1, max = 512) byte[] message,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int position,
      @ForAll boolean inSignature) {
    byte[] signature = RSA_SIGNER.sign(message);
    assertThat(RSA_VERIFIER.verify(message, signature)).isTrue();
    byte[] target = inSignature ? signature : message;
    int bit = position % (target.length * 8);
    target[bit / 8] ^= (byte) (1 << (bit % 8));
    assertThat(RSA_VERIFIER.verify(message, signature)).isFalse();
  }

  @Property(tries = 200)
  void sm2EncryptionRoundTrips(
      @ForAll @Size(min = 1, max = 1024) byte[] plaintext, @ForAll Sm2CiphertextEncoding encoding) {
    Sm2PublicKey key = (Sm2PublicKey) SM2.publicKey();
    byte[] ciphertext = key.encrypt(plaintext, encoding, RandomSource.seeded(plaintext.length));
    assertThat(((Sm2PrivateKey) SM2.privateKey()).decrypt(ciphertext, encoding))
        .isEqualTo(plaintext);
  }
}
