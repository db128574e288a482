package io.openbroker.core.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Where a JDBC store lives. H2 is the embedded default (add {@code com.h2database:h2} to the class
 * path); {@link Jdbc} takes any JDBC URL, e.g. PostgreSQL in production.
 *
 * <pre>{@code
 * DataSource ds = StoreLocation.h2File(Path.of("data"), "journal").dataSource();
 * }</pre>
 */
public sealed interface StoreLocation {

  /** A JDBC URL for this location. */
  String url();

  /** A data source opening connections to this location. */
  DataSource dataSource();

  /** An H2 database file {@code dir/name.mv.db}, created on first use. */
  static StoreLocation h2File(Path dir, String name) {
    return new H2File(dir, name);
  }

  /** An H2 in-memory database that lives as long as the JVM (not durable: for tests). */
  static StoreLocation h2Memory(String name) {
    return new H2Memory(name);
  }

  /**
   * An embedded H2 database in a file. Each commit is written to the file before it returns ({@code
   * WRITE_DELAY=0}), so a committed transaction survives the process being killed. H2 itself does
   * not force the file to the device; {@link Transactor} and {@link GroupCommitter} do, after every
   * commit and before they answer, so that their commits survive an operating-system crash or a
   * power loss too. Commits through other connections are not forced.
   *
   * <p>With {@code WRITE_DELAY=0} H2 runs no background writer, and so never compacts the file on
   * its own: {@link Transactor} and {@link GroupCommitter} compact it as they go (a group committer
   * a step a second, busy or idle; a transactor every so many commits); writes through other
   * connections are not.
   *
   * <p>Pages are 1 KiB ({@code PAGE_SIZE=1024}, set when the file is created; H2's default is 4
   * KiB): H2 writes every B-tree leaf a commit changed in full, so with small rows updated at
   * random across many commits — a journal — most of a commit's CPU went into serialising the
   * unchanged rows of those leaves. A transfer's journal and ledger writes cost ~15% less CPU with
   * 1 KiB leaves (docs/PERFORMANCE.md).
   *
   * @param dir the directory holding the file
   * @param name the database name (letters, digits, {@code _} and {@code -})
   */
  record H2File(Path dir, String name) implements StoreLocation {
    public H2File {
      Objects.requireNonNull(dir, "dir");
      H2Memory.requireName(name);
    }

    @Override
    public String url() {
      return "jdbc:h2:file:"
          + dir.toAbsolutePath().resolve(name)
          + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;PAGE_SIZE=1024";
    }

    @Override
    public DataSource dataSource() {
      return new DriverManagerDataSource(url(), "sa", "");
    }
  }

  /**
   * An H2 in-memory database, kept until the JVM exits.
   *
   * @param name the database name (letters, digits, {@code _} and {@code -})
   */
  record H2Memory(String name) implements StoreLocation {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public H2Memory {
      requireName(name);
    }

    static void requireName(String name) {
      Objects.requireNonNull(name, "name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("store name must match " + NAME + ": " + name);
      }
    }

    @Override
    public String url() {
      return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public DataSource dataSource() {
      return new DriverManagerDataSource(url(), "sa", "");
    }
  }

  /**
   * Any JDBC database, e.g. {@code jdbc:postgresql://host/db}. The password never appears in {@link
   * #toString()}.
   */
  record Jdbc(String url, String user, String password) implements StoreLocation {
    public Jdbc {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public DataSource dataSource() {
      return new DriverManagerDataSource(url, user, password);
    }

    @Override
    public String toString() {
      return "Jdbc[url=" + url + ", user=" + user + ", password=***]";
    }
  }
}
