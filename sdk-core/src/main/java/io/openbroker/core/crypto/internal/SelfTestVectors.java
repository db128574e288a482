package io.openbroker.core.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The known-answer vectors of the crypto self-test: GB/T and RFC vectors plus OpenSSL-made keys,
 * signatures and ciphertexts, written by {@code scripts/make-crypto-fixtures.sh} into {@code
 * self-test.properties} next to this class (hex values).
 */
public final class SelfTestVectors {

  private final Map<String, String> hex;

  private SelfTestVectors(Map<String, String> hex) {
    this.hex = Map.copyOf(hex);
  }

  /** The vectors shipped with OpenBroker. */
  public static SelfTestVectors bundled() {
    Properties properties = new Properties();
    try (InputStream in = SelfTestVectors.class.getResourceAsStream("self-test.properties")) {
      if (in == null) {
        throw new IllegalStateException("self-test.properties is missing from the sdk-core jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
    return new SelfTestVectors(map);
  }

  /** The bytes of vector {@code name}. */
  public byte[] bytes(String name) {
    String value = hex.get(name);
    if (value == null) {
      throw new IllegalStateException("no self-test vector '" + name + "'");
    }
    return HexFormat.of().parseHex(value);
  }

  /** A copy with vector {@code name} replaced: for testing that the self-test catches faults. */
  public SelfTestVectors with(String name, byte[] value) {
    Map<String, String> copy = new TreeMap<>(hex);
    copy.put(name, HexFormat.of().formatHex(value));
    return new SelfTestVectors(copy);
  }
}
