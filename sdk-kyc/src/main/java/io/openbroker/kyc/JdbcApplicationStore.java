package io.openbroker.kyc;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.TransientException;
import io.openbroker.core.crypto.FieldCipher;
import io.openbroker.core.store.SchemaMigrator;
import io.openbroker.core.store.Transactor;
import io.openbroker.kyc.internal.store.ApplicationCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An {@link ApplicationStore} in a JDBC database (H2 by default, PostgreSQL in production): one row
 * per application holding its version, state, method and the application as JSON, encrypted with
 * SM4-GCM when given a {@link FieldCipher} (it holds names, ID numbers and mobiles). The table is
 * created on first use.
 *
 * <pre>{@code
 * ApplicationStore store = JdbcApplicationStore.open(
 *     StoreLocation.h2File(Path.of("data"), "kyc").dataSource(), fieldCipher);
 * }</pre>
 */
public final class JdbcApplicationStore implements ApplicationStore {

  private final Transactor tx;
  private final Optional<FieldCipher> cipher;
  private final ApplicationCodec codec = new ApplicationCodec();

  private JdbcApplicationStore(DataSource dataSource, Optional<FieldCipher> cipher) {
    this.tx = new Transactor(dataSource);
    this.cipher = cipher;
    new SchemaMigrator(tx, "kyc", JdbcApplicationStore.class)
        .migrate(List.of("/io/openbroker/kyc/db/V1__applications.sql"));
  }

  /** A store over {@code dataSource}, keeping applications as plain JSON (for tests). */
  public static JdbcApplicationStore open(DataSource dataSource) {
    return new JdbcApplicationStore(
        Objects.requireNonNull(dataSource, "dataSource"), Optional.empty());
  }

  /** A store over {@code dataSource}, encrypting applications with {@code cipher}. */
  public static JdbcApplicationStore open(DataSource dataSource, FieldCipher cipher) {
    return new JdbcApplicationStore(
        Objects.requireNonNull(dataSource, "dataSource"), Optional.of(cipher));
  }

  @Override
  public Optional<OnboardingApplication> find(ApplicationId id) {
    String document = tx.inTransaction(c -> read(c, id));
    return Optional.ofNullable(document).map(d -> codec.decode(reveal(id, d)));
  }

  @Override
  public void insert(OnboardingApplication application) {
    String document = hide(application);
    tx.inTransaction(
        c -> {
          if (read(c, application.id()) != null) {
            throw new InvalidInputException(
                KycErrorCode.APPLICATION_EXISTS, "application " + application.id() + " exists");
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO kyc_application"
                      + " (id, version, state, method, document) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, application.id().value());
            s.setLong(2, application.version());
            s.setString(3, application.state().name());
            s.setString(4, application.method().name());
            s.setString(5, document);
            return s.executeUpdate();
          }
        });
  }

  @Override
  public void update(OnboardingApplication next) {
    String document = hide(next);
    int rows =
        tx.inTransaction(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "UPDATE kyc_application SET version = ?,"
                          + " state = ?, document = ? WHERE id = ? AND version = ?")) {
                s.setLong(1, next.version());
                s.setString(2, next.state().name());
                s.setString(3, document);
                s.setString(4, next.id().value());
                s.setLong(5, next.version() - 1);
                return s.executeUpdate();
              }
            });
    if (rows != 1) {
      throw new TransientException(
          KycErrorCode.APPLICATION_VERSION_CONFLICT,
          "application " + next.id() + " is not at version " + (next.version() - 1));
    }
  }

  private static String read(Connection c, ApplicationId id) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT document FROM kyc_application WHERE id = ?")) {
      s.setString(1, id.value());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private String hide(OnboardingApplication application) {
    String json = codec.encode(application);
    return cipher.map(c -> c.encrypt(json, "kyc:" + application.id().value())).orElse(json);
  }

  private String reveal(ApplicationId id, String stored) {
    return cipher.map(c -> c.decrypt(stored, "kyc:" + id.value())).orElse(stored);
  }
}
