package io.openbroker.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.openbroker.core.Effects;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.CertificateInfo;
import io.openbroker.core.crypto.KeyReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code openbroker keys}: generates an SM2 or RSA key pair as PEM (PKCS#8 private, SPKI public),
 * and optionally a self-signed X.509 certificate. Never overwrites a file.
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = {
      "Generate an SM2 or RSA key pair (PEM) and a self-signed certificate.",
      "Writes NAME-private.pem, NAME-public.pem [, NAME-cert.pem with --cert]; never overwrites."
    })
final class KeysCommand implements Callable<Integer> {

  enum Algorithm {
    sm2,
    rsa
  }

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out;

  @Option(names = "--name", description = "File name prefix (default ${DEFAULT-VALUE}).")
  String name = "broker";

  @Option(names = "--alg", description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Algorithm algorithm = Algorithm.sm2;

  @Option(names = "--bits", description = "RSA key size, at least 2048 (default ${DEFAULT-VALUE}).")
  int bits = 2048;

  @Option(
      names = "--cert",
      paramLabel = "CN",
      description = "Also write a self-signed certificate.")
  String commonName;

  @Option(
      names = "--days",
      description = "Certificate validity in days (default ${DEFAULT-VALUE}).")
  int days = 365;

  @Option(names = "--json", description = "Print what was written as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (days < 1) {
      throw new IllegalArgumentException("--days must be at least 1: " + days);
    }
    Effects effects = Effects.system();
    Path priv = out.resolve(name + "-private.pem");
    Path pub = out.resolve(name + "-public.pem");
    Path cert = out.resolve(name + "-cert.pem");
    for (Path p : commonName == null ? new Path[] {priv, pub} : new Path[] {priv, pub, cert}) {
      if (Files.exists(p)) {
        throw new FileAlreadyExistsException(p + " exists; choose another --name or --out");
      }
    }
    AsymmetricKeyPair pair =
        algorithm == Algorithm.sm2
            ? AsymmetricKeyPair.generateSm2(effects.random())
            : AsymmetricKeyPair.generateRsa(effects.random(), bits);
    Files.createDirectories(out);
    Files.writeString(priv, pair.privateKey().toPem(), StandardCharsets.UTF_8);
    Files.writeString(pub, pair.publicKey().toPem(), StandardCharsets.UTF_8);
    Map<String, Object> written = new LinkedHashMap<>();
    written.put("algorithm", pair.privateKey().signatureAlgorithm().wireName());
    written.put("privateKey", priv.toString());
    written.put("publicKey", pub.toString());
    if (commonName != null) {
      String pem =
          SelfSignedCertificate.pem(
              pair, commonName, effects.clock().instant(), Duration.ofDays(days), effects.random());
      Files.writeString(cert, pem, StandardCharsets.UTF_8);
      CertificateInfo info = KeyReader.certificate(cert);
      written.put("certificate", cert.toString());
      written.put("subject", info.subject());
      written.put("notAfter", info.notAfter().toString());
    }
    print(written);
    return 0;
  }

  private void print(Map<String, Object> written) throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    if (json) {
      o.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(written));
    } else {
      written.forEach((k, v) -> o.printf(java.util.Locale.ROOT, "%-12s %s%n", k, v));
    }
    o.flush();
  }
}
