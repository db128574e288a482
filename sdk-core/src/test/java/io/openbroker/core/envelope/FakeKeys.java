package io.openbroker.core.envelope;

import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A keyed SHA-256 stand-in for a real signature, to test the envelope's logic quickly. Its output
 * has the shape of the named algorithm (a DER pair of INTEGERs for SM2, 256 bytes for RSA) so it
 * passes the shape check; only the holder of the same secret "verifies" it.
 */
final class FakeKeys {

  private FakeKeys() {}

  static MessageSigner signer(String secret, SignatureAlgorithm algorithm) {
    return new MessageSigner() {
      @Override
      public SignatureAlgorithm algorithm() {
        return algorithm;
      }

      @Override
      public byte[] sign(byte[] message) {
        return fakeSignature(secret, algorithm, message);
      }
    };
  }

  static MessageVerifier verifier(String secret, SignatureAlgorithm algorithm) {
    return new MessageVerifier() {
      @Override
      public SignatureAlgorithm algorithm() {
        return algorithm;
      }

      @Override
      public boolean verify(byte[] message, byte[] signature) {
        return MessageDigest.isEqual(fakeSignature(secret, algorithm, message), signature);
      }
    };
  }

  private static byte[] fakeSignature(String secret, SignatureAlgorithm algorithm, byte[] message) {
    byte[] a = sha256(secret, (byte) 1, message);
    byte[] b = sha256(secret, (byte) 2, message);
    a[0] &= 0x7f;
    b[0] &= 0x7f;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (algorithm == SignatureAlgorithm.SM3_WITH_SM2) {
      out.write(0x30);
      out.write(68);
      out.write(0x02);
      out.write(32);
      out.writeBytes(a);
      out.write(0x02);
      out.write(32);
      out.writeBytes(b);
    } else {
      for (int i = 0; i < 4; i++) {
        out.writeBytes(a);
        out.writeBytes(b);
      }
    }
    return out.toByteArray();
  }

  private static byte[] sha256(String secret, byte label, byte[] message) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(secret.getBytes(StandardCharsets.UTF_8));
      digest.update(label);
      digest.update(message);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
