package io.openbroker.examples;

import io.openbroker.core.Effects;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.transfer.InboundHandler;
import io.openbroker.transfer.JdbcFundLedger;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code openbroker inbound}: runs the broker's endpoint for bank-initiated transfers and reversals
 * (银行端发起) until Ctrl-C — {@link InboundHandler} on the JDK HTTP server ({@link
 * JdkInboundEndpoint}), booking into a fund ledger in an H2 file. Point a simulator at it with the
 * broker's {@code endpoint} in the bank-simulator's config file (or {@code BrokerRegistration}'s
 * endpoint).
 */
@Command(
    name = "inbound",
    mixinStandardHelpOptions = true,
    description = {
      "Run the broker's endpoint for bank-initiated transfers and reversals until Ctrl-C.",
      "Each message is verified with the bank's key, applied once to the fund ledger in",
      "DATA/broker.mv.db, and answered signed with the broker's key (keys from --keys)."
    })
final class InboundCommand implements Callable<Integer> {

  /** The H2 database (in {@code --data}) holding the fund ledger and the inbound answers. */
  static final String DATABASE = "broker";

  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port (0: any free one; default ${DEFAULT-VALUE}).")
  int port = 8089;

  @Option(names = "--host", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Directory of the broker's database (default ${DEFAULT-VALUE}).")
  Path data = Path.of("broker-data");

  @Option(
      names = "--keys",
      paramLabel = "DIR",
      description = "The key directory `openbroker sim` wrote (default: ${DEFAULT-VALUE}).")
  Path keys = Path.of("bank-data", "keys");

  @Override
  public Integer call() throws IOException, InterruptedException {
    Effects effects = Effects.system();
    KeySet set = new KeySet(keys);
    Files.createDirectories(data);
    DataSource db = StoreLocation.h2File(data, DATABASE).dataSource();
    InboundHandler handler =
        InboundHandler.builder()
            .bankKey(KeySet.BANK_KEY_ID, set.bankPublic())
            .brokerKey(KeySet.BROKER_KEY_ID, set.brokerPrivate().signer(effects.random()))
            .ledger(JdbcFundLedger.open(db, effects.clock()))
            .journal(db)
            .effects(effects)
            .build();
    JdkInboundEndpoint endpoint =
        JdkInboundEndpoint.start(new InetSocketAddress(host, port), handler);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  endpoint.close();
                  stopped.countDown();
                }));
    PrintWriter out = spec.commandLine().getOut();
    out.println("broker inbound endpoint listening on " + endpoint.uri() + " (Ctrl-C stops it)");
    out.flush();
    stopped.await();
    return 0;
  }
}
