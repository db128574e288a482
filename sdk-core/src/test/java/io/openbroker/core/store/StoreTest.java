package io.openbroker.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  private static final List<String> SCRIPTS =
      List.of("/db/storetest/V1__create.sql", "/db/storetest/V2__add_column.sql");

  @Test
  void migratesOnceAndRecordsTheVersion() {
    Transactor tx = new Transactor(StoreLocation.h2Memory("migrate-once").dataSource());
    SchemaMigrator migrator = new SchemaMigrator(tx, "storetest", StoreTest.class);

    assertThat(migrator.migrate(SCRIPTS)).isEqualTo(2);
    assertThat(migrator.migrate(SCRIPTS)).isEqualTo(2);

    assertThat(tx.<String>inTransaction(c -> query(c, "SELECT COUNT(*) FROM item"))).isEqualTo("1");
    assertThat(tx.<String>inTransaction(c -> query(c, "SELECT note FROM item WHERE id = 1")))
        .isEqualTo("migrated");
  }

  @Test
  void rollsBackWhenTheWorkThrows() {
    Transactor tx = new Transactor(StoreLocation.h2Memory("rollback").dataSource());
    new SchemaMigrator(tx, "storetest", StoreTest.class).migrate(SCRIPTS.subList(0, 1));

    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    c -> {
                      update(c, "INSERT INTO item (id, name) VALUES (2, 'second')");
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(tx.<String>inTransaction(c -> query(c, "SELECT COUNT(*) FROM item"))).isEqualTo("1");
  }

  @Test
  void aDuplicateKeyIsAStoreConflict() {
    Transactor tx = new Transactor(StoreLocation.h2Memory("conflict").dataSource());
    new SchemaMigrator(tx, "storetest", StoreTest.class).migrate(SCRIPTS.subList(0, 1));

    assertThatThrownBy(
            () -> tx.inTransaction(c -> update(c, "INSERT INTO item (id, name) VALUES (1, 'x')")))
        .isInstanceOfSatisfying(
            TransientException.class,
            e -> assertThat(e.code()).isEqualTo(CoreErrorCode.STORE_CONFLICT));
  }

  @Test
  void aFileStoreKeepsCommittedDataAcrossConnections(@TempDir Path dir) {
    StoreLocation location = StoreLocation.h2File(dir, "kept");
    Transactor tx = new Transactor(location.dataSource());
    new SchemaMigrator(tx, "storetest", StoreTest.class).migrate(SCRIPTS);
    tx.inTransaction(c -> update(c, "INSERT INTO item (id, name) VALUES (2, 'second')"));

    Transactor reopened = new Transactor(location.dataSource());
    assertThat(reopened.<String>inTransaction(c -> query(c, "SELECT COUNT(*) FROM item")))
        .isEqualTo("2");
    assertThat(dir.resolve("kept.mv.db")).exists();
  }

  @Test
  void refusesAMigrationThatSkipsAVersion() {
    Transactor tx = new Transactor(StoreLocation.h2Memory("skip").dataSource());
    SchemaMigrator migrator = new SchemaMigrator(tx, "storetest", StoreTest.class);

    assertThatThrownBy(() -> migrator.migrate(SCRIPTS.subList(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("skips a version");
  }

  @Test
  void splitsScriptsIntoStatementsAtLineEndSemicolons() {
    assertThat(SchemaMigrator.statements("-- c\nA;\nB\n  C;\n")).containsExactly("A", "B\n  C");
    assertThatThrownBy(() -> SchemaMigrator.statements("A;\nB"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theJdbcLocationNeverPrintsItsPassword() {
    assertThat(new StoreLocation.Jdbc("jdbc:postgresql://h/db", "u", "s3cret").toString())
        .doesNotContain("s3cret");
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
