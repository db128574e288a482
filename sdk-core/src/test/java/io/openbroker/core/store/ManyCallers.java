package io.openbroker.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Units of work from many threads at once, each inserting one row (for the store tests). */
final class ManyCallers {

  private ManyCallers() {}

  /** Inserts one row. */
  interface Insert {
    int run(Connection c, int id) throws SQLException;
  }

  /**
   * Runs {@code insert} for every id from {@code from} (inclusive) to {@code to} (exclusive), each
   * as a unit of its own submitted from {@code callers}, and checks that each inserted its row.
   */
  static void insertEach(Transactions db, ExecutorService callers, int from, int to, Insert insert)
      throws Exception {
    List<CompletableFuture<Integer>> results = new ArrayList<>();
    for (int i = from; i < to; i++) {
      int id = i;
      results.add(
          CompletableFuture.supplyAsync(() -> db.inTransaction(c -> insert.run(c, id)), callers));
    }
    for (CompletableFuture<Integer> r : results) {
      assertThat(r.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }
  }
}
