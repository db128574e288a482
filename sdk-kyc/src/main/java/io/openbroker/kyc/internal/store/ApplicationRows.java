package io.openbroker.kyc.internal.store;

import io.openbroker.kyc.ApplicationId;
import io.openbroker.kyc.OnboardingApplication;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the JDBC application store: the application row (version, state, method and the whole
 * application as of {@code snapshot_version}) and the change rows after it. Every write moves the
 * application row from version n − 1 to n in the same transaction, so a stale writer changes
 * nothing.
 */
public final class ApplicationRows {

  private ApplicationRows() {}

  /** The application row: its version, the version its document holds, and the document. */
  public record Head(long version, long snapshotVersion, String document) {}

  /** One change row: the version it leads to and its document. */
  public record Change(long version, String document) {}

  /** The application row of {@code id}, or null. */
  public static Head head(Connection c, ApplicationId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, COALESCE(snapshot_version, version), document"
                + " FROM kyc_application WHERE id = ?")) {
      s.setString(1, id.value());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? new Head(rs.getLong(1), rs.getLong(2), rs.getString(3)) : null;
      }
    }
  }

  /** The change rows of {@code id} after version {@code after} up to {@code upTo}, in order. */
  public static List<Change> changes(Connection c, ApplicationId id, long after, long upTo)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, document FROM kyc_application_change"
                + " WHERE id = ? AND version > ? AND version <= ? ORDER BY version")) {
      s.setString(1, id.value());
      s.setLong(2, after);
      s.setLong(3, upTo);
      List<Change> changes = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          changes.add(new Change(rs.getLong(1), rs.getString(2)));
        }
      }
      return changes;
    }
  }

  /** Inserts the application row of a new application (its document is the whole of it). */
  public static int insert(Connection c, OnboardingApplication application, String document)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO kyc_application (id, version, state, method, document,"
                + " snapshot_version) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, application.id().value());
      s.setLong(2, application.version());
      s.setString(3, application.state().name());
      s.setString(4, application.method().name());
      s.setString(5, document);
      s.setLong(6, application.version());
      return s.executeUpdate();
    }
  }

  /**
   * Moves the application row to {@code next}'s version and appends the change row; 0 (and nothing
   * written) when the row is not at the version before.
   */
  public static int appendChange(Connection c, OnboardingApplication next, String change)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE kyc_application SET version = ?, state = ? WHERE id = ? AND version = ?")) {
      s.setLong(1, next.version());
      s.setString(2, next.state().name());
      s.setString(3, next.id().value());
      s.setLong(4, next.version() - 1);
      if (s.executeUpdate() != 1) {
        return 0;
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO kyc_application_change (id, version, document) VALUES (?, ?, ?)")) {
      s.setString(1, next.id().value());
      s.setLong(2, next.version());
      s.setString(3, change);
      return s.executeUpdate();
    }
  }

  /** Rewrites the application row as a whole snapshot of {@code next}; 0 when stale. */
  public static int rewrite(Connection c, OnboardingApplication next, String document)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE kyc_application SET version = ?, state = ?, document = ?,"
                + " snapshot_version = ? WHERE id = ? AND version = ?")) {
      s.setLong(1, next.version());
      s.setString(2, next.state().name());
      s.setString(3, document);
      s.setLong(4, next.version());
      s.setString(5, next.id().value());
      s.setLong(6, next.version() - 1);
      return s.executeUpdate();
    }
  }
}
