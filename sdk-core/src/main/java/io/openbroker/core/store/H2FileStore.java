package io.openbroker.core.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store of an embedded H2 database file (H2's {@code MVStore}) behind a connection, reached
 * through H2's engine classes by reflection: H2 is an optional dependency, and this module does not
 * read it. {@link #of} finds none for any other database, an in-memory or a remote H2.
 */
final class H2FileStore {

  private static final Logger LOG = LoggerFactory.getLogger(H2FileStore.class);

  /** The files a force failed on, by name: this process commits nothing more on them. */
  private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

  private final Object mvStore;

  private H2FileStore(Object mvStore) {
    this.mvStore = mvStore;
  }

  /**
   * The store behind {@code connection} if it is an embedded H2 file store; else null.
   *
   * @throws ReflectiveOperationException if H2's classes are not as expected (another version)
   */
  static H2FileStore of(Connection connection) throws ReflectiveOperationException, SQLException {
    Class<?> h2Connection;
    try {
      h2Connection =
          Class.forName(
              "org.h2.jdbc.JdbcConnection", false, connection.getClass().getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
    if (!connection.isWrapperFor(h2Connection)) {
      return null;
    }
    Object h2 = connection.unwrap(h2Connection);
    Object session = call(h2, "getSession");
    Method getDatabase = publicMethod(session, "getDatabase");
    if (getDatabase == null) {
      return null; // a remote session (H2 server): its store is not in this process
    }
    Object database = getDatabase.invoke(session);
    Object store = call(call(database, "getStore"), "getMvStore");
    return store == null || call(store, "getFileStore") == null ? null : new H2FileStore(store);
  }

  /**
   * Forces every write to the file so far to the device ({@code fsync}): what was committed then
   * survives an operating-system crash or a power loss, not only the process being killed. If H2
   * fails to, the file is also {@link #refuse}d: every force of it goes through here.
   */
  void sync() throws ReflectiveOperationException {
    try {
      call(mvStore, "sync");
    } catch (InvocationTargetException | RuntimeException e) {
      refuse();
      throw e;
    }
  }

  /**
   * Rewrites the live pages of the chunks under {@code fillPercent} live, at most {@code
   * writeBudget} bytes (H2's {@code MVStore.compact}); true if it rewrote any.
   */
  boolean compact(int fillPercent, int writeBudget) throws ReflectiveOperationException {
    Object compacted =
        mvStore
            .getClass()
            .getMethod("compact", int.class, int.class)
            .invoke(mvStore, fillPercent, writeBudget);
    return Boolean.TRUE.equals(compacted);
  }

  /**
   * Marks this file as one this process commits nothing more on, because a force of it failed.
   *
   * <p>After a failed {@code fsync}, Linux may have dropped the pages it could not write and marked
   * them clean, and it reports the error once: a later {@code fsync} can succeed without them. A
   * commit answered after that could rest on one that is gone. So from here on every commit on the
   * file is refused (as PostgreSQL stops at such a failure), until the process is restarted; it
   * stays marked if H2 closes and reopens the file meanwhile.
   */
  void refuse() {
    String name = fileName();
    if (REFUSED.add(name)) {
      LOG.error(
          "a force of H2 file {} failed: this process commits nothing more on it; restart it",
          name);
    }
  }

  /** Whether a force of this file has failed in this process ({@link #refuse}). */
  boolean refused() {
    return !REFUSED.isEmpty() && REFUSED.contains(fileName());
  }

  private String fileName() {
    try {
      Object name = call(call(mvStore, "getFileStore"), "getFileName");
      if (name != null) {
        return name.toString();
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("no name for this H2 file; marking its store object instead", e);
    }
    return "store@" + Integer.toHexString(System.identityHashCode(mvStore));
  }

  /** Writes the store's changes to the file as a new version (H2's {@code MVStore.commit}). */
  void commit() throws ReflectiveOperationException {
    call(mvStore, "commit");
  }

  /** The same H2 store (the same open file), whichever connection it was reached through. */
  @Override
  public boolean equals(Object other) {
    return other instanceof H2FileStore o && o.mvStore == mvStore;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(mvStore);
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return target == null ? null : target.getClass().getMethod(method).invoke(target);
  }

  private static Method publicMethod(Object target, String name) {
    try {
      return target.getClass().getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
