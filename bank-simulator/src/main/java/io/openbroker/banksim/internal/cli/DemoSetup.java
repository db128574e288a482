package io.openbroker.banksim.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --init DIR}: writes fresh SM2 keys for the bank, one broker and the admin, and a {@code
 * bank.json} that uses them, so that the bank can be tried at once.
 */
final class DemoSetup {

  private DemoSetup() {}

  static Path write(Path dir, RandomSource random) throws IOException {
    Files.createDirectories(dir);
    writeKeys(dir, "bank-sm2", AsymmetricKeyPair.generateSm2(random));
    writeKeys(dir, "broker-1", AsymmetricKeyPair.generateSm2(random));
    writeKeys(dir, "admin", AsymmetricKeyPair.generateSm2(random));
    BankFileConfig config =
        new BankFileConfig(
            List.of(new BankFileConfig.KeyFile("bank-sm2", "bank-sm2-private.pem")),
            List.of(
                new BankFileConfig.Broker("broker-1", "broker-1-sm2", "broker-1-public.pem", null)),
            new BankFileConfig.Admin("admin", "admin-public.pem"),
            "16:00",
            List.of("00:00", "00:00"),
            "1000000.00",
            false,
            List.of());
    Path file = dir.resolve("bank.json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), config);
    return file;
  }

  private static void writeKeys(Path dir, String name, AsymmetricKeyPair pair) throws IOException {
    Files.writeString(
        dir.resolve(name + "-private.pem"), pair.privateKey().toPem(), StandardCharsets.US_ASCII);
    Files.writeString(
        dir.resolve(name + "-public.pem"), pair.publicKey().toPem(), StandardCharsets.US_ASCII);
  }
}
