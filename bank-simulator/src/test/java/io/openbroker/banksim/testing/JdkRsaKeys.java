package io.openbroker.banksim.testing;

import io.openbroker.banksim.BankKey;
import io.openbroker.core.crypto.MessageSigner;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/** RSA test keys with the JDK's own SHA256withRSA and RSA-OAEP(SHA-256): no other crypto needed. */
public final class JdkRsaKeys {

  private static final OAEPParameterSpec OAEP =
      new OAEPParameterSpec(
          "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

  private JdkRsaKeys() {}

  public static KeyPair generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static MessageSigner signer(PrivateKey key) {
    return new MessageSigner() {
      @Override
      public SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.SHA256_WITH_RSA;
      }

      @Override
      public byte[] sign(byte[] message) {
        try {
          Signature s = Signature.getInstance("SHA256withRSA");
          s.initSign(key);
          s.update(message);
          return s.sign();
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  public static MessageVerifier verifier(PublicKey key) {
    return new MessageVerifier() {
      @Override
      public SignatureAlgorithm algorithm() {
        return SignatureAlgorithm.SHA256_WITH_RSA;
      }

      @Override
      public boolean verify(byte[] message, byte[] signature) {
        try {
          Signature s = Signature.getInstance("SHA256withRSA");
          s.initVerify(key);
          s.update(message);
          return s.verify(signature);
        } catch (GeneralSecurityException e) {
          return false;
        }
      }
    };
  }

  public static byte[] encrypt(PublicKey key, byte[] plain) {
    try {
      Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
      c.init(Cipher.ENCRYPT_MODE, key, OAEP);
      return c.doFinal(plain);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static byte[] decrypt(PrivateKey key, byte[] cipherText) {
    try {
      Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
      c.init(Cipher.DECRYPT_MODE, key, OAEP);
      return c.doFinal(cipherText);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static BankKey bankKey(String keyId, KeyPair pair) {
    return new BankKey(keyId, signer(pair.getPrivate()), c -> decrypt(pair.getPrivate(), c));
  }
}
