package io.openbroker.core.store;

import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * The process {@link H2HousekeepingKillTest} kills: writers move money through a group committer on
 * an H2 file store that compacts every few commits, and print {@code done SERIAL REWRITES;} once a
 * transfer's last commit has returned (with how many compaction steps so far rewrote pages).
 * Arguments: the directory, the prefix of this run's serials.
 */
public final class HousekeptStoreChild {

  static final String DATABASE = "kept";
  private static final int WRITERS = 6;

  private HousekeptStoreChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String prefix = args[1];
    DataSource ds = dataSource(dir);
    Connection keepOpen = ds.getConnection();
    H2Housekeeping housekeeping = new H2Housekeeping(5, 0); // a step every 5 commits
    GroupCommitter store = GroupCommitter.open(ds, "kept-db", housekeeping);
    store.inTransaction(JournalShapedWork::createTables);
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      Thread t =
          new Thread(
              () -> {
                for (long n = 0; ; n++) {
                  String serial = prefix + "-" + writer + "-" + n;
                  int account = (int) ((writer + n) % JournalShapedWork.ACCOUNTS);
                  store.inTransaction(c -> JournalShapedWork.sent(c, serial, account));
                  store.inTransaction(c -> JournalShapedWork.settled(c, serial));
                  synchronized (System.out) {
                    System.out.println("done " + serial + " " + housekeeping.rewrites() + ";");
                    System.out.flush();
                  }
                }
              });
      t.start();
    }
    Thread.sleep(Long.MAX_VALUE);
    keepOpen.close();
  }

  /**
   * The production URL, with H2's retention time 0 so that compaction finds chunks to rewrite
   * within seconds (at the default 45 s it would not start before the kill).
   */
  static DataSource dataSource(Path dir) {
    return new DriverManagerDataSource(
        StoreLocation.h2File(dir, DATABASE).url() + ";RETENTION_TIME=0", "sa", "");
  }
}
