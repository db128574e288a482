package io.openbroker.core.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/** A data source whose connections fail their next commit while a flag is set (for tests). */
final class FailingCommits {

  private FailingCommits() {}

  /** {@code real}'s connections, whose next commit throws (SQLSTATE 08006) while {@code fail}. */
  static DataSource of(DataSource real, AtomicBoolean fail) {
    return (DataSource)
        Proxy.newProxyInstance(
            FailingCommits.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object r = invoke(real, method, args);
              return method.getName().equals("getConnection") ? failing((Connection) r, fail) : r;
            });
  }

  private static Connection failing(Connection real, AtomicBoolean fail) {
    return (Connection)
        Proxy.newProxyInstance(
            FailingCommits.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("commit") && fail.getAndSet(false)) {
                throw new SQLException("injected commit failure", "08006");
              }
              return invoke(real, method, args);
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
