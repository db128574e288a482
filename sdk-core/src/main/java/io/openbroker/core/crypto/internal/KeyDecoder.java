package io.openbroker.core.crypto.internal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import java.io.IOException;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * PEM and DER to Bouncy Castle key parameters. Private keys: PKCS#8 {@code PRIVATE KEY}, SEC1
 * {@code EC PRIVATE KEY} and PKCS#1 {@code RSA PRIVATE KEY}; public keys: SubjectPublicKeyInfo
 * {@code PUBLIC KEY}, PKCS#1 {@code RSA PUBLIC KEY} and the key of a {@code CERTIFICATE}. Anything
 * unreadable is {@link CoreErrorCode#KEY_MALFORMED}; the type check is the caller's.
 */
public final class KeyDecoder {

  private KeyDecoder() {}

  /** The private key in a PEM text. */
  public static AsymmetricKeyParameter privateKey(String pem) {
    PemObject object = Pem.read(pem, CoreErrorCode.KEY_MALFORMED);
    try {
      return PrivateKeyFactory.createKey(privateKeyInfo(object));
    } catch (IOException | RuntimeException e) {
      throw rethrowOrMalformed(e, "unreadable " + object.getType());
    }
  }

  /** A PKCS#8 DER private key (as found inside a PKCS#12 file). */
  public static AsymmetricKeyParameter privateKey(byte[] pkcs8) {
    try {
      return PrivateKeyFactory.createKey(PrivateKeyInfo.getInstance(pkcs8));
    } catch (IOException | RuntimeException e) {
      throw new CredentialException(CoreErrorCode.KEY_MALFORMED, "unreadable PKCS#8 key", e);
    }
  }

  /** The public key in a PEM text: a public key block or a certificate. */
  public static AsymmetricKeyParameter publicKey(String pem) {
    PemObject object = Pem.read(pem, CoreErrorCode.KEY_MALFORMED);
    if ("CERTIFICATE".equals(object.getType())) {
      return publicKey(certificate(object).getSubjectPublicKeyInfo());
    }
    try {
      return publicKey(subjectPublicKeyInfo(object));
    } catch (IOException | RuntimeException e) {
      throw rethrowOrMalformed(e, "unreadable " + object.getType());
    }
  }

  /** The key of a SubjectPublicKeyInfo structure. */
  public static AsymmetricKeyParameter publicKey(SubjectPublicKeyInfo info) {
    try {
      return PublicKeyFactory.createKey(info);
    } catch (IOException | RuntimeException e) {
      throw new CredentialException(CoreErrorCode.KEY_MALFORMED, "unreadable public key", e);
    }
  }

  /** An X.509 certificate structure; anything else is {@link CoreErrorCode#CERTIFICATE_INVALID}. */
  public static Certificate certificate(PemObject object) {
    if (!"CERTIFICATE".equals(object.getType())) {
      throw new CredentialException(
          CoreErrorCode.CERTIFICATE_INVALID, "expected a CERTIFICATE block, got " + label(object));
    }
    return certificate(object.getContent());
  }

  /** An X.509 certificate from DER. */
  public static Certificate certificate(byte[] der) {
    try {
      return Certificate.getInstance(der);
    } catch (RuntimeException e) {
      throw new CredentialException(CoreErrorCode.CERTIFICATE_INVALID, "unreadable certificate", e);
    }
  }

  private static PrivateKeyInfo privateKeyInfo(PemObject object) throws IOException {
    byte[] der = object.getContent();
    switch (object.getType()) {
      case "PRIVATE KEY":
        return PrivateKeyInfo.getInstance(der);
      case "EC PRIVATE KEY",
          "SM2 PRIVATE KEY": // OpenSSL 3.0 `ec` writes SM2 SEC1 keys as "SM2 PRIVATE KEY"
        ECPrivateKey sec1 = ECPrivateKey.getInstance(der);
        return new PrivateKeyInfo(
            new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, sec1.getParametersObject()),
            sec1);
      case "RSA PRIVATE KEY":
        return new PrivateKeyInfo(
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
            RSAPrivateKey.getInstance(der));
      case "ENCRYPTED PRIVATE KEY":
        throw new CredentialException(
            CoreErrorCode.KEY_MALFORMED,
            "encrypted PEM private keys are not supported: decrypt it, or use PKCS#12");
      default:
        throw new CredentialException(
            CoreErrorCode.KEY_MALFORMED, "expected a private key, got " + label(object));
    }
  }

  private static SubjectPublicKeyInfo subjectPublicKeyInfo(PemObject object) throws IOException {
    byte[] der = object.getContent();
    switch (object.getType()) {
      case "PUBLIC KEY":
        return SubjectPublicKeyInfo.getInstance(der);
      case "RSA PUBLIC KEY":
        return new SubjectPublicKeyInfo(
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
            RSAPublicKey.getInstance(der));
      default:
        throw new CredentialException(
            CoreErrorCode.KEY_MALFORMED,
            "expected a public key or certificate, got " + label(object));
    }
  }

  private static CredentialException rethrowOrMalformed(Exception e, String message) {
    if (e instanceof CredentialException credential) {
      return credential;
    }
    return new CredentialException(CoreErrorCode.KEY_MALFORMED, message, e);
  }

  /** A PEM label is printable (never key material), but keep it short and plain. */
  private static String label(PemObject object) {
    String type = object.getType();
    return type.length() <= 40 ? "'" + type + "'" : "an unknown PEM label";
  }
}
