package io.openbroker.examples;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed X.509 certificate for a key pair, signed SM3withSM2 or SHA256withRSA, as PEM — for
 * trying the protocol with certificates; production certificates come from a CA.
 */
final class SelfSignedCertificate {

  private SelfSignedCertificate() {}

  static String pem(
      AsymmetricKeyPair pair,
      String commonName,
      Instant from,
      Duration validity,
      RandomSource random)
      throws IOException {
    // A provider instance for this call only: nothing JVM-wide is registered.
    BouncyCastleProvider bc = new BouncyCastleProvider();
    X500Name name = new X500Name("CN=" + commonName.replace(",", "\\,"));
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            name,
            new BigInteger(1, random.nextBytes(8)),
            Date.from(from),
            Date.from(from.plus(validity)),
            name,
            (SubjectPublicKeyInfo) read(pair.publicKey().toPem()));
    PrivateKey key =
        new JcaPEMKeyConverter()
            .setProvider(bc)
            .getPrivateKey((PrivateKeyInfo) read(pair.privateKey().toPem()));
    String algorithm =
        switch (pair.privateKey().signatureAlgorithm()) {
          case SM3_WITH_SM2 -> "SM3WITHSM2";
          case SHA256_WITH_RSA -> "SHA256WITHRSA";
        };
    try {
      ContentSigner signer = new JcaContentSignerBuilder(algorithm).setProvider(bc).build(key);
      return write(builder.build(signer));
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot sign the certificate with " + algorithm, e);
    }
  }

  private static Object read(String pem) throws IOException {
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      return parser.readObject();
    }
  }

  private static String write(X509CertificateHolder certificate) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(certificate);
    }
    return text.toString();
  }
}
