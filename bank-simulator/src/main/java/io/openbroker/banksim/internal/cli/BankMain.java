package io.openbroker.banksim.internal.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BankSimulatorBuilder;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.banksim.BusinessCalendar;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.money.Money;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The stand-alone bank.
 *
 * <pre>
 * java -jar bank-simulator.jar --port 8443 --data data       # keys made in data/keys on first start
 * java -jar bank-simulator.jar --init demo                       # or: keys + demo/bank.json
 * java -jar bank-simulator.jar --port 8443 --data data --config demo/bank.json
 * java -jar bank-simulator.jar --data data --clock-offset PT-6H    # the bank's clock 6 h behind
 * </pre>
 *
 * Prints {@code bank-simulator listening on http://HOST:PORT} once it accepts requests; stops on
 * SIGTERM/Ctrl-C (a SIGKILL loses nothing committed: see the README).
 */
public final class BankMain {

  private BankMain() {}

  public static void main(String[] args) throws Exception {
    // Undertow logs through JBoss Logging, which would pick java.util.logging: one log, SLF4J's.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Map<String, String> options = parse(args);
    if (options.containsKey("--init")) {
      Path file = DemoSetup.write(Path.of(options.get("--init")), RandomSource.secure());
      out.println("wrote " + file);
      return;
    }
    if (!options.containsKey("--data")) {
      out.println(
          "usage: bank-simulator --data DIR [--config FILE] [--port P] [--host H]"
              + " [--clock-offset ISO-DURATION] | --init DIR");
      System.exit(2);
    }
    if (!options.containsKey("--config")) {
      // Without a config, the bank keeps one in its data directory, made on first start.
      Path keys = Path.of(options.get("--data"), "keys");
      Path config = keys.resolve("bank.json");
      if (!Files.exists(config)) {
        DemoSetup.write(keys, RandomSource.secure());
        out.println("no --config: wrote fresh keys and " + config);
      }
      options.put("--config", config.toString());
    }
    BankSimulator bank = builder(options).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  bank.close();
                  stopped.countDown();
                }));
    out.println("bank-simulator listening on " + bank.baseUri());
    stopped.await();
  }

  static BankSimulatorBuilder builder(Map<String, String> options) throws IOException {
    Path configFile = Path.of(options.get("--config"));
    Path base = configFile.toAbsolutePath().getParent();
    BankFileConfig c =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(configFile.toFile(), BankFileConfig.class);
    BankSimulatorBuilder b =
        BankSimulator.builder()
            .effects(effects(options.get("--clock-offset")))
            .host(options.getOrDefault("--host", "127.0.0.1"))
            .port(Integer.parseInt(options.getOrDefault("--port", "0")))
            .dataDir(Path.of(options.get("--data")));
    for (BankFileConfig.KeyFile k : c.bankKeys()) {
      b.bankKey(
          BankKey.of(
              k.keyId(),
              KeyReader.privateKey(base.resolve(k.privateKeyPem())),
              RandomSource.secure()));
    }
    for (BankFileConfig.Broker broker : c.brokers()) {
      Optional<URI> endpoint = Optional.ofNullable(broker.endpoint()).map(URI::create);
      b.broker(
          new BrokerRegistration(
              broker.brokerId(),
              broker.keyId(),
              KeyReader.publicKey(base.resolve(broker.publicKeyPem())).verifier(),
              endpoint));
    }
    if (c.admin() != null) {
      b.adminKey(
          c.admin().keyId(),
          KeyReader.publicKey(base.resolve(c.admin().publicKeyPem())).verifier());
    }
    if (c.dayCut() != null) {
      b.dayCut(LocalTime.parse(c.dayCut()));
    }
    if (c.transferHours() != null) {
      b.transferHours(
          LocalTime.parse(c.transferHours().get(0)), LocalTime.parse(c.transferHours().get(1)));
    }
    if (c.perTransferLimit() != null) {
      b.perTransferLimit(Money.parse(c.perTransferLimit()));
    }
    BusinessCalendar calendar =
        Boolean.TRUE.equals(c.weekendsClosed())
            ? BusinessCalendar.weekdays()
            : BusinessCalendar.everyDay();
    if (c.holidays() != null) {
      calendar = calendar.withHolidays(c.holidays().stream().map(LocalDate::parse).toList());
    }
    b.businessCalendar(calendar);
    return b;
  }

  /**
   * The system effects, with the clock moved by {@code offset} (ISO-8601, e.g. {@code PT-6H}) when
   * given: a drill or a test can run the bank at a chosen time of day (before or after the day-cut)
   * whatever the wall clock says, while time still passes normally.
   */
  static Effects effects(String offset) {
    Effects system = Effects.system();
    if (offset == null) {
      return system;
    }
    return system.withClock(Clock.offset(system.clock(), Duration.parse(offset)));
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("options are --name value pairs: " + args[i]);
      }
      options.put(args[i], args[++i]);
    }
    return options;
  }
}
