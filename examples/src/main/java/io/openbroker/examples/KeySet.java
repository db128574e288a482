package io.openbroker.examples;

import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.crypto.PrivateKeyMaterial;
import io.openbroker.core.crypto.PublicKeyMaterial;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The key files {@code openbroker sim} writes and the client commands read: an SM2 pair for the
 * bank ({@code bank-sm2-*.pem}) and one for the broker ({@code broker-1-*.pem}), PEM in one
 * directory. The key ids on the wire are {@code bank-sm2} and {@code broker-1-sm2}.
 */
record KeySet(Path dir) {

  static final String BROKER_ID = "broker-1";
  static final String BROKER_KEY_ID = "broker-1-sm2";
  static final String BANK_KEY_ID = "bank-sm2";

  /** Writes fresh SM2 pairs for the bank and the broker unless the directory already has them. */
  boolean createIfAbsent(RandomSource random) throws IOException {
    if (Files.exists(file("bank-sm2-private.pem"))) {
      return false;
    }
    Files.createDirectories(dir);
    write("bank-sm2", AsymmetricKeyPair.generateSm2(random));
    write(BROKER_ID, AsymmetricKeyPair.generateSm2(random));
    return true;
  }

  PrivateKeyMaterial bankPrivate() throws IOException {
    return KeyReader.privateKey(existing("bank-sm2-private.pem"));
  }

  PublicKeyMaterial bankPublic() throws IOException {
    return KeyReader.publicKey(existing("bank-sm2-public.pem"));
  }

  PrivateKeyMaterial brokerPrivate() throws IOException {
    return KeyReader.privateKey(existing("broker-1-private.pem"));
  }

  PublicKeyMaterial brokerPublic() throws IOException {
    return KeyReader.publicKey(existing("broker-1-public.pem"));
  }

  private void write(String name, AsymmetricKeyPair pair) throws IOException {
    Files.writeString(
        file(name + "-private.pem"), pair.privateKey().toPem(), StandardCharsets.UTF_8);
    Files.writeString(file(name + "-public.pem"), pair.publicKey().toPem(), StandardCharsets.UTF_8);
  }

  private Path existing(String name) throws IOException {
    Path f = file(name);
    if (!Files.isRegularFile(f)) {
      throw new NoSuchFileException(f + " (start `openbroker sim` or pass --keys DIR)");
    }
    return f;
  }

  private Path file(String name) {
    return dir.resolve(name);
  }
}
