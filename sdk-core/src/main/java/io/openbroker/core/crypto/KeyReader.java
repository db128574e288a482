package io.openbroker.core.crypto;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.CredentialException;
import io.openbroker.core.crypto.internal.KeyDecoder;
import io.openbroker.core.crypto.internal.Pem;
import io.openbroker.core.crypto.internal.Pkcs12Reader;
import io.openbroker.core.crypto.internal.Sm2Domain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * Loads keys and certificates: PEM PKCS#8 / SEC1 {@code EC PRIVATE KEY} / PKCS#1 private keys,
 * SubjectPublicKeyInfo public keys, X.509 certificates and PKCS#12 files, for SM2 (curve sm2p256v1)
 * and RSA (2048 bits or more).
 *
 * <p>Errors are typed: unreadable input is {@code KEY_MALFORMED}; a readable key of the wrong kind
 * (RSA where SM2 is required, an EC key on another curve, RSA under 2048 bits) is {@code
 * KEY_WRONG_TYPE}; a bad certificate is {@code CERTIFICATE_INVALID}. Key bytes never appear in a
 * message.
 *
 * <pre>{@code
 * Sm2PrivateKey mine = KeyReader.sm2PrivateKey(Files.readString(Path.of("broker-sm2.pem")));
 * PublicKeyMaterial bank = KeyReader.publicKey(Path.of("bank.crt"));
 * KeyStoreEntry entry = KeyReader.pkcs12(Files.readAllBytes(Path.of("broker.p12")), password);
 * }</pre>
 */
public final class KeyReader {

  private KeyReader() {}

  /** An SM2 or RSA private key from PEM. */
  public static PrivateKeyMaterial privateKey(String pem) {
    return wrapPrivate(KeyDecoder.privateKey(pem));
  }

  /** An SM2 or RSA private key from a PEM file. */
  public static PrivateKeyMaterial privateKey(Path pemFile) throws IOException {
    return privateKey(Files.readString(pemFile, StandardCharsets.UTF_8));
  }

  /** An SM2 private key from PEM; any other key is {@code KEY_WRONG_TYPE}. */
  public static Sm2PrivateKey sm2PrivateKey(String pem) {
    return require(privateKey(pem), Sm2PrivateKey.class, "an SM2");
  }

  /** An RSA private key from PEM; any other key is {@code KEY_WRONG_TYPE}. */
  public static RsaPrivateKey rsaPrivateKey(String pem) {
    return require(privateKey(pem), RsaPrivateKey.class, "an RSA");
  }

  /** An SM2 or RSA public key from a {@code PUBLIC KEY} or {@code CERTIFICATE} PEM block. */
  public static PublicKeyMaterial publicKey(String pem) {
    return wrapPublic(KeyDecoder.publicKey(pem));
  }

  /** An SM2 or RSA public key from a PEM file (public key or certificate). */
  public static PublicKeyMaterial publicKey(Path pemFile) throws IOException {
    return publicKey(Files.readString(pemFile, StandardCharsets.UTF_8));
  }

  /** An SM2 public key (or certificate) from PEM; any other key is {@code KEY_WRONG_TYPE}. */
  public static Sm2PublicKey sm2PublicKey(String pem) {
    return require(publicKey(pem), Sm2PublicKey.class, "an SM2");
  }

  /** An RSA public key (or certificate) from PEM; any other key is {@code KEY_WRONG_TYPE}. */
  public static RsaPublicKey rsaPublicKey(String pem) {
    return require(publicKey(pem), RsaPublicKey.class, "an RSA");
  }

  /** An X.509 certificate from PEM; unreadable is {@code CERTIFICATE_INVALID}. */
  public static CertificateInfo certificate(String pem) {
    return certificateInfo(
        KeyDecoder.certificate(Pem.read(pem, CoreErrorCode.CERTIFICATE_INVALID)));
  }

  /** An X.509 certificate from a PEM file. */
  public static CertificateInfo certificate(Path pemFile) throws IOException {
    return certificate(Files.readString(pemFile, StandardCharsets.UTF_8));
  }

  /**
   * The first private key (and its certificate) in a PKCS#12 file; see {@link #pkcs12(byte[],
   * char[])}.
   */
  public static KeyStoreEntry pkcs12(Path file, char[] password) throws IOException {
    return pkcs12(Files.readAllBytes(file), password);
  }

  /**
   * The first private key (and its certificate) in a PKCS#12 file. The caller owns {@code password}
   * and should clear it after the call.
   */
  public static KeyStoreEntry pkcs12(byte[] pkcs12, char[] password) {
    Pkcs12Reader.Entry entry = Pkcs12Reader.firstKeyEntry(pkcs12, password);
    PrivateKeyMaterial key = wrapPrivate(KeyDecoder.privateKey(entry.pkcs8()));
    Optional<CertificateInfo> certificate =
        Optional.ofNullable(entry.certificateDer())
            .map(der -> certificateInfo(KeyDecoder.certificate(der)));
    return new KeyStoreEntry(entry.alias(), key, certificate);
  }

  static CertificateInfo certificateInfo(Certificate certificate) {
    PublicKeyMaterial key;
    try {
      key = wrapPublic(KeyDecoder.publicKey(certificate.getSubjectPublicKeyInfo()));
    } catch (CredentialException e) {
      if (e.code() == CoreErrorCode.KEY_WRONG_TYPE) {
        throw e;
      }
      throw new CredentialException(
          CoreErrorCode.CERTIFICATE_INVALID, "certificate holds an unreadable public key", e);
    }
    return new CertificateInfo(
        certificate.getSubject().toString(),
        certificate.getIssuer().toString(),
        certificate.getSerialNumber().getValue(),
        certificate.getStartDate().getDate().toInstant(),
        certificate.getEndDate().getDate().toInstant(),
        key);
  }

  static PrivateKeyMaterial wrapPrivate(AsymmetricKeyParameter key) {
    if (key instanceof ECPrivateKeyParameters ec) {
      requireSm2Curve(ec);
      return new Sm2PrivateKey(ec);
    }
    if (key instanceof RSAPrivateCrtKeyParameters rsa) {
      requireRsaBits(rsa);
      return new RsaPrivateKey(rsa);
    }
    throw wrongType("a key that is neither SM2 nor RSA");
  }

  static PublicKeyMaterial wrapPublic(AsymmetricKeyParameter key) {
    if (key instanceof ECPublicKeyParameters ec) {
      requireSm2Curve(ec);
      return new Sm2PublicKey(ec);
    }
    if (key instanceof RSAKeyParameters rsa && !rsa.isPrivate()) {
      requireRsaBits(rsa);
      return new RsaPublicKey(rsa);
    }
    throw wrongType("a key that is neither SM2 nor RSA");
  }

  private static void requireSm2Curve(ECKeyParameters key) {
    if (!Sm2Domain.isSm2(key.getParameters())) {
      throw wrongType("an EC key on curve " + Sm2Domain.describe(key.getParameters()));
    }
  }

  private static void requireRsaBits(RSAKeyParameters key) {
    int bits = key.getModulus().bitLength();
    if (bits < RsaPrivateKey.MIN_BITS) {
      throw wrongType("a " + bits + "-bit RSA key (at least " + RsaPrivateKey.MIN_BITS + ")");
    }
  }

  private static <T> T require(Object key, Class<T> type, String wanted) {
    if (!type.isInstance(key)) {
      String found = key instanceof Sm2PrivateKey || key instanceof Sm2PublicKey ? "SM2" : "RSA";
      throw wrongType("found " + found + " where " + wanted + " key is required");
    }
    return type.cast(key);
  }

  private static CredentialException wrongType(String found) {
    return new CredentialException(CoreErrorCode.KEY_WRONG_TYPE, "unsupported key: " + found);
  }
}
