package io.openbroker.core.crypto;

import io.openbroker.core.CredentialException;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.internal.KeyDecoder;
import io.openbroker.core.crypto.internal.SelfTestVectors;
import io.openbroker.core.crypto.internal.Sm4Block;
import io.openbroker.core.crypto.internal.Sm4GcmCipher;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/** The body of each {@link CryptoSelfTest.Check}: empty when it passes, else a detail. */
final class SelfTestChecks {

  private static final Optional<String> PASSED = Optional.empty();
  private static final Optional<String> FAILED = Optional.of("");

  private final SelfTestVectors v;
  private final RandomSource random;

  SelfTestChecks(SelfTestVectors vectors, RandomSource random) {
    this.v = vectors;
    this.random = random;
  }

  Optional<String> failureOf(CryptoSelfTest.Check check) {
    switch (check) {
      case SM3:
        return expect(Arrays.equals(Sm3Hash.of(v.bytes("sm3.input")), v.bytes("sm3.hash")));
      case SM4:
        byte[] block = Sm4Block.encrypt(v.bytes("sm4.key"), v.bytes("sm4.plaintext"), 1);
        return expect(Arrays.equals(block, v.bytes("sm4.ciphertext")));
      case SM4_GCM:
        return sm4Gcm();
      case SM2_SIGNATURE:
        return sm2Signature();
      case SM2_ENCRYPTION:
        return sm2Encryption();
      case RSA_SIGNATURE:
        return rsaSignature();
      case RSA_OAEP:
        return rsaOaep();
      default:
        throw new AssertionError(check);
    }
  }

  private Optional<String> sm4Gcm() {
    byte[] key = v.bytes("sm4gcm.key");
    byte[] iv = v.bytes("sm4gcm.iv");
    byte[] aad = v.bytes("sm4gcm.aad");
    byte[] expected = concat(v.bytes("sm4gcm.ciphertext"), v.bytes("sm4gcm.tag"));
    if (!Arrays.equals(Sm4GcmCipher.seal(key, iv, v.bytes("sm4gcm.plaintext"), aad), expected)) {
      return FAILED;
    }
    expected[expected.length - 1] ^= 1;
    try {
      Sm4GcmCipher.open(key, iv, expected, aad);
      return Optional.of("a forged tag was accepted");
    } catch (CredentialException expectedRejection) {
      return PASSED;
    }
  }

  private Optional<String> sm2Signature() {
    MessageVerifier verifier = sm2Public().verifier(Sm2UserId.DEFAULT);
    byte[] message = v.bytes("message");
    if (!verifier.verify(message, v.bytes("sm2.signature"))) {
      boolean emptyIdWorks =
          sm2Public().verifier(Sm2UserId.of("")).verify(message, v.bytes("sm2.signature"));
      return Optional.of(
          emptyIdWorks ? "it verifies only with an empty user ID" : "nor with an empty user ID");
    }
    byte[] ours = sm2Private().signer(Sm2UserId.DEFAULT, random).sign(message);
    return verifier.verify(message, ours) ? PASSED : Optional.of("own signature rejected");
  }

  private Optional<String> sm2Encryption() {
    Sm2PrivateKey key = sm2Private();
    byte[] secret = v.bytes("secret");
    byte[] openssl = key.decrypt(v.bytes("sm2.ciphertext.der"), Sm2CiphertextEncoding.C1C3C2_DER);
    if (!Arrays.equals(openssl, secret)) {
      return FAILED;
    }
    byte[] raw = key.publicKey().encrypt(secret, Sm2CiphertextEncoding.C1C3C2_RAW, random);
    return expect(Arrays.equals(key.decrypt(raw, Sm2CiphertextEncoding.C1C3C2_RAW), secret));
  }

  private Optional<String> rsaSignature() {
    RsaPublicKey key = (RsaPublicKey) publicKey("rsa.public");
    byte[] message = v.bytes("message");
    byte[] signature = v.bytes("rsa.signature");
    if (!key.verifier().verify(message, signature)) {
      return Optional.of("OpenSSL's signature rejected");
    }
    byte[] ours = privateKey("rsa.private").signer(random).sign(message);
    return Arrays.equals(ours, signature) ? PASSED : Optional.of("own signature differs");
  }

  private Optional<String> rsaOaep() {
    PrivateKeyMaterial key = privateKey("rsa.private");
    byte[] secret = v.bytes("secret");
    if (!Arrays.equals(key.decrypt(v.bytes("rsa.ciphertext")), secret)) {
      return FAILED;
    }
    byte[] ours = key.publicKey().encrypt(secret, random);
    return expect(Arrays.equals(key.decrypt(ours), secret));
  }

  private Sm2PublicKey sm2Public() {
    return (Sm2PublicKey) publicKey("sm2.public");
  }

  private Sm2PrivateKey sm2Private() {
    return (Sm2PrivateKey) privateKey("sm2.private");
  }

  private PublicKeyMaterial publicKey(String name) {
    return KeyReader.wrapPublic(
        KeyDecoder.publicKey(SubjectPublicKeyInfo.getInstance(v.bytes(name))));
  }

  private PrivateKeyMaterial privateKey(String name) {
    return KeyReader.wrapPrivate(KeyDecoder.privateKey(v.bytes(name)));
  }

  private static Optional<String> expect(boolean passed) {
    return passed ? PASSED : FAILED;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
