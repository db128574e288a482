package io.openbroker.core.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Properties;

/** Reads the OpenSSL-made fixtures in {@code src/test/resources/crypto/}. */
final class CryptoFixtures {

  /** The custom SM2 user ID the fixtures were signed with (see fixture.properties). */
  static final Sm2UserId CUSTOM_ID = Sm2UserId.of(settings().getProperty("sm2.custom-user-id"));

  private CryptoFixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = CryptoFixtures.class.getResourceAsStream("/crypto/" + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing fixture " + name + ": run scripts/make-crypto-fixtures.sh");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] message() {
    return bytes("message.txt");
  }

  static byte[] secret() {
    return bytes("secret.txt");
  }

  static Properties settings() {
    return properties("fixture.properties");
  }

  static Properties vectors() {
    return properties("standard-vectors.properties");
  }

  static byte[] vector(String key) {
    String hex = vectors().getProperty(key);
    if (hex == null) {
      throw new IllegalStateException("missing vector " + key);
    }
    return HexFormat.of().parseHex(hex);
  }

  private static Properties properties(String name) {
    Properties properties = new Properties();
    try {
      properties.load(new java.io.StringReader(text(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
