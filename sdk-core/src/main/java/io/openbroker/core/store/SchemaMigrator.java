package io.openbroker.core.store;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InternalException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies versioned SQL scripts once each, in order, and records them in {@code schema_version}.
 * Scripts are class-path resources named {@code V<n>__<description>.sql}; statements end with a
 * {@code ;} at the end of a line. Each script runs in its own transaction together with its version
 * row, so a crash leaves a script either fully applied or not at all (on databases with
 * transactional DDL; H2 commits DDL at once, so keep H2 scripts idempotent, e.g. {@code CREATE
 * TABLE IF NOT EXISTS}).
 *
 * <pre>{@code
 * new SchemaMigrator(transactor, "bank", BankStore.class)
 *     .migrate(List.of("/db/bank/V1__journal.sql"));
 * }</pre>
 */
public final class SchemaMigrator {

  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql$");

  private final Transactions transactor;
  private final String schema;
  private final Class<?> anchor;

  /**
   * @param transactor where to apply the scripts
   * @param schema the name this set of scripts is recorded under (several stores may share one
   *     database)
   * @param anchor a class of the module holding the resources (resources load through it)
   */
  public SchemaMigrator(Transactions transactor, String schema, Class<?> anchor) {
    this.transactor = Objects.requireNonNull(transactor, "transactor");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
  }

  /** As {@link #SchemaMigrator(Transactions, String, Class)} (kept for binary compatibility). */
  public SchemaMigrator(Transactor transactor, String schema, Class<?> anchor) {
    this.transactor = Objects.requireNonNull(transactor, "transactor");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
  }

  /**
   * Applies every script in {@code resources} whose version is above the recorded one.
   *
   * @return the schema version after migrating
   */
  public int migrate(List<String> resources) {
    transactor.inTransaction(SchemaMigrator::createVersionTable);
    int current = transactor.inTransaction(this::currentVersion);
    for (String resource : resources) {
      int version = versionOf(resource);
      if (version <= current) {
        continue;
      }
      if (version != current + 1) {
        throw new IllegalArgumentException(
            "migration " + resource + " skips a version after " + current);
      }
      List<String> statements = statements(read(resource));
      transactor.inTransaction(c -> apply(c, version, resource, statements));
      current = version;
    }
    return current;
  }

  private static Void createVersionTable(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (schema_name VARCHAR(64) NOT NULL,"
              + " version INT NOT NULL, script VARCHAR(255) NOT NULL,"
              + " PRIMARY KEY (schema_name, version))");
    }
    return null;
  }

  private int currentVersion(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT MAX(version) FROM schema_version WHERE schema_name = ?")) {
      s.setString(1, schema);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private Void apply(Connection c, int version, String resource, List<String> statements)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO schema_version (schema_name, version, script) VALUES (?, ?, ?)")) {
      s.setString(1, schema);
      s.setInt(2, version);
      s.setString(3, resource);
      s.executeUpdate();
    }
    return null;
  }

  static int versionOf(String resource) {
    Matcher m = NAME.matcher(resource);
    if (!m.find()) {
      throw new IllegalArgumentException(
          "migration resource must be named V<n>__<description>.sql: " + resource);
    }
    return Integer.parseInt(m.group(1));
  }

  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalArgumentException("last statement does not end with ';'");
    }
    return statements;
  }

  private String read(String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("migration resource not found: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InternalException(CoreErrorCode.INTERNAL_ERROR, "cannot read " + resource, e);
    }
  }
}
