package io.openbroker.kyc;

import io.openbroker.core.InternalException;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.TransientException;
import io.openbroker.core.crypto.FieldCipher;
import io.openbroker.core.store.SchemaMigrator;
import io.openbroker.core.store.Transactor;
import io.openbroker.kyc.internal.store.ApplicationChange;
import io.openbroker.kyc.internal.store.ApplicationCodec;
import io.openbroker.kyc.internal.store.ApplicationRows;
import io.openbroker.kyc.internal.store.RecentApplications;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An {@link ApplicationStore} in a JDBC database (H2 by default, PostgreSQL in production). Each
 * application has one row (version, state, method, and the whole application as JSON as of its last
 * snapshot) and one change row per applied step after that snapshot holding only what the step
 * changed (state, facts, media digests, event id), so a step writes a few hundred bytes rather than
 * the whole growing application. Both are SM4-GCM encrypted when given a {@link FieldCipher} (they
 * hold names, ID numbers and mobiles). Every write moves the row from version n − 1 to n
 * (optimistic check). Reads replay the changes over the snapshot, except when this store already
 * holds the application at exactly the database's current version (it wrote or read it last). The
 * tables are created on first use.
 *
 * <pre>{@code
 * ApplicationStore store = JdbcApplicationStore.open(
 *     StoreLocation.h2File(Path.of("data"), "kyc").dataSource(), fieldCipher);
 * }</pre>
 */
public final class JdbcApplicationStore implements ApplicationStore {

  /** Applications kept decoded (a few KB each): the ones in flight on this node. */
  private static final int KEPT = 10_000;

  private final Transactor tx;
  private final Optional<FieldCipher> cipher;
  private final ApplicationCodec codec = new ApplicationCodec();
  private final RecentApplications recent = new RecentApplications(KEPT);

  private JdbcApplicationStore(DataSource dataSource, Optional<FieldCipher> cipher) {
    this.tx = new Transactor(dataSource);
    this.cipher = cipher;
    new SchemaMigrator(tx, "kyc", JdbcApplicationStore.class)
        .migrate(
            List.of(
                "/io/openbroker/kyc/db/V1__applications.sql",
                "/io/openbroker/kyc/db/V2__application_changes.sql"));
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
    OnboardingApplication application = tx.inTransaction(c -> load(c, id));
    if (application != null) {
      recent.keep(application);
    }
    return Optional.ofNullable(application);
  }

  @Override
  public void insert(OnboardingApplication application) {
    String document = hide(codec.encode(application), snapshotContext(application.id()));
    tx.inTransaction(
        c -> {
          if (ApplicationRows.head(c, application.id()) != null) {
            throw new InvalidInputException(
                KycErrorCode.APPLICATION_EXISTS, "application " + application.id() + " exists");
          }
          return ApplicationRows.insert(c, application, document);
        });
    recent.keep(application);
  }

  @Override
  public void update(OnboardingApplication next) {
    OnboardingApplication previous = recent.at(next.id(), next.version() - 1);
    Optional<ApplicationChange> change =
        previous == null ? Optional.empty() : ApplicationChange.between(previous, next);
    int rows;
    if (change.isPresent()) {
      String document = hide(codec.encode(change.get()), changeContext(next.id(), next.version()));
      rows = tx.inTransaction(c -> ApplicationRows.appendChange(c, next, document));
    } else {
      String document = hide(codec.encode(next), snapshotContext(next.id()));
      rows = tx.inTransaction(c -> ApplicationRows.rewrite(c, next, document));
    }
    if (rows != 1) {
      throw new TransientException(
          KycErrorCode.APPLICATION_VERSION_CONFLICT,
          "application " + next.id() + " is not at version " + (next.version() - 1));
    }
    recent.keep(next);
  }

  /** The application at the database's current version: kept, or the snapshot plus changes. */
  private OnboardingApplication load(Connection c, ApplicationId id) throws SQLException {
    ApplicationRows.Head head = ApplicationRows.head(c, id);
    if (head == null) {
      return null;
    }
    OnboardingApplication kept = recent.at(id, head.version());
    if (kept != null) {
      return kept;
    }
    OnboardingApplication application = codec.decode(reveal(head.document(), snapshotContext(id)));
    if (head.snapshotVersion() < head.version()) {
      // Only up to the head's version: a writer may commit the next change between the two reads.
      for (ApplicationRows.Change row :
          ApplicationRows.changes(c, id, application.version(), head.version())) {
        if (row.version() != application.version() + 1) {
          break;
        }
        String json = reveal(row.document(), changeContext(id, row.version()));
        application = codec.decodeChange(json).applyTo(application);
      }
    }
    if (application.version() != head.version()) {
      throw new InternalException(
          KycErrorCode.APPLICATION_UNREADABLE,
          "application " + id + " lacks changes up to version " + head.version());
    }
    return application;
  }

  /** Binds a snapshot's ciphertext to its application (as written before change rows existed). */
  private static String snapshotContext(ApplicationId id) {
    return "kyc:" + id.value();
  }

  /** Binds a change's ciphertext to its application and version, so rows cannot be swapped. */
  private static String changeContext(ApplicationId id, long version) {
    return "kyc:" + id.value() + "#" + version;
  }

  private String hide(String json, String context) {
    return cipher.map(c -> c.encrypt(json, context)).orElse(json);
  }

  private String reveal(String stored, String context) {
    return cipher.map(c -> c.decrypt(stored, context)).orElse(stored);
  }
}
