package io.openbroker.examples;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.core.Effects;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code openbroker sim}: runs the simulator bank until Ctrl-C, durable in a data directory, with
 * the keys the client commands read. On first start it writes fresh SM2 keys and opens one sample
 * client account, and prints a {@code bind} command to try.
 */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = {
      "Run the simulator bank until Ctrl-C.",
      "Durable in --data; keys in DATA/keys, made on first start with a sample client account.",
      "For the full set of options use bank-simulator.jar (bank-simulator/README.md)."
    })
final class SimCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port (0: any free one; default ${DEFAULT-VALUE}).")
  int port = 8088;

  @Option(names = "--host", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (default ${DEFAULT-VALUE}).")
  Path data = Path.of("bank-data");

  @Override
  public Integer call() throws IOException, InterruptedException {
    Effects effects = Effects.system();
    KeySet keys = new KeySet(data.resolve("keys"));
    boolean fresh = keys.createIfAbsent(effects.random());
    BankSimulator bank =
        BankSimulator.builder()
            .effects(effects)
            .host(host)
            .port(port)
            .dataDir(data)
            .bankKey(BankKey.of(KeySet.BANK_KEY_ID, keys.bankPrivate(), effects.random()))
            .broker(
                new BrokerRegistration(
                    KeySet.BROKER_ID,
                    KeySet.BROKER_KEY_ID,
                    keys.brokerPublic().verifier(),
                    Optional.empty()))
            .start();
    PrintWriter out = spec.commandLine().getOut();
    if (fresh) {
      bank.openAccount(
          DemoBank.CARD.value(),
          DemoBank.NAME,
          DemoBank.ID,
          DemoBank.MOBILE,
          "135790",
          DemoBank.OPENING);
      out.println("wrote fresh SM2 keys to " + keys.dir() + " and opened a sample client account:");
      out.println(
          "  openbroker bind --keys "
              + keys.dir()
              + " --bank "
              + bank.baseUri()
              + " --fund 018800000001 --card "
              + DemoBank.CARD.value()
              + " --name "
              + DemoBank.NAME
              + " --id "
              + DemoBank.ID
              + " --mobile "
              + DemoBank.MOBILE
              + " --password 135790");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  bank.close();
                  stopped.countDown();
                }));
    out.println("bank-simulator listening on " + bank.baseUri() + " (Ctrl-C stops it)");
    out.flush();
    stopped.await();
    return 0;
  }
}
