package io.openbroker.transfer.crash;

import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.KeyReader;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.GroupCommitter;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.transfer.JdbcFundLedger;
import io.openbroker.transfer.RetryPolicy;
import io.openbroker.transfer.TransferClient;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferService;
import io.openbroker.transfer.TransferServiceBuilder;
import io.openbroker.transfer.spi.RiskPolicy;
import io.openbroker.transfer.testing.Customer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A broker process for the SIGKILL test: recovers its journal, then transfers for ever on 8 threads
 * (random clients, directions, amounts), printing {@code done N} after each transfer, until it is
 * killed.
 *
 * <p>Arguments: bank URL, data directory (keys + H2 journal), client count, serial prefix, and
 * whether journal and ledger share one group committer.
 */
public final class BrokerChild {

  private BrokerChild() {}

  public static void main(String[] args) throws Exception {
    URI bank = URI.create(args[0]);
    Path dir = Path.of(args[1]);
    int clients = Integer.parseInt(args[2]);
    String prefix = args[3];
    boolean sharedStore = Boolean.parseBoolean(args[4]);
    try (TransferService service = service(bank, dir, prefix, sharedStore)) {
      service.recover();
      AtomicLong done = new AtomicLong();
      AtomicLong serials = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int t = 0; t < 8; t++) {
        int thread = t;
        pool.execute(
            () -> {
              RandomSource random = RandomSource.seeded(thread * 31L + prefix.hashCode());
              while (true) {
                Customer c = Customer.number(random.nextInt(clients));
                BusinessSerial serial =
                    BusinessSerial.parse(prefix + "x" + serials.incrementAndGet());
                Money amount = Money.ofFen(1 + random.nextInt(20_000));
                TransferRequest r =
                    random.nextInt(2) == 0
                        ? TransferRequest.deposit(
                            serial, c.fund(), c.card(), amount, Customer.PASSWORD)
                        : TransferRequest.withdrawal(serial, c.fund(), c.card(), amount);
                service.transfer(r);
                System.out.println("done " + done.incrementAndGet());
              }
            });
      }
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
    }
  }

  /** The journal as the parent opens it: closed whenever no connection is open. */
  static DataSource journal(Path dir) {
    StoreLocation file = StoreLocation.h2File(dir, "broker");
    return new StoreLocation.Jdbc(file.url() + ";LOCK_TIMEOUT=10000", "sa", "").dataSource();
  }

  /** The journal as the child opens it: kept open until the process dies. */
  private static DataSource childJournal(Path dir) {
    StoreLocation file = StoreLocation.h2File(dir, "broker");
    return new StoreLocation.Jdbc(file.url() + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1", "sa", "")
        .dataSource();
  }

  private static TransferService service(URI bank, Path dir, String prefix, boolean sharedStore)
      throws Exception {
    Effects effects = Effects.system();
    TransferClient client =
        TransferClient.builder()
            .baseUrl(bank)
            .brokerKey(
                "broker-1-sm2",
                KeyReader.privateKey(dir.resolve("broker.pem")).signer(RandomSource.secure()))
            .bankKey("bank-sm2", KeyReader.publicKey(dir.resolve("bank.pub.pem")))
            .effects(effects)
            .callTimeout(Duration.ofSeconds(2))
            .build();
    DataSource db = childJournal(dir);
    TransferServiceBuilder builder = TransferService.builder();
    if (sharedStore) {
      GroupCommitter store = GroupCommitter.open(db, "child-db");
      builder.journal(store).ledger(JdbcFundLedger.open(store, effects.clock()));
    } else {
      builder.journal(db).ledger(JdbcFundLedger.open(db, effects.clock()));
    }
    return builder
        .client(client)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20), 0.5, 3))
        .effects(effects)
        .nodeId("child-" + prefix)
        .lease(Duration.ofMillis(500))
        .riskPolicy(RiskPolicy.allowAll())
        .build();
  }
}
