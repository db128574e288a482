package io.openbroker.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process compacting its H2 file store every few commits, killed with SIGKILL ({@code
 * destroyForcibly}) at a random point, three times on the same file: each time the store opens,
 * every transfer the process had reported done is settled, and every journaled transfer took its
 * money exactly once.
 */
class H2HousekeepingKillTest {

  @TempDir Path dir;

  @Test
  void aStoreKilledWhileCompactingOpensWithEveryAcknowledgedWrite() throws Exception {
    Set<String> acknowledged = new HashSet<>();
    for (int round = 0; round < 3; round++) {
      long after = 300 + Math.floorMod(System.nanoTime(), 700);
      acknowledged.addAll(runAndKill("r" + round, after));

      try (Connection c = HousekeptStoreChild.dataSource(dir).getConnection()) {
        Set<String> settled = JournalShapedWork.settledSerials(c);
        assertThat(settled).as("round %d", round).containsAll(acknowledged);
        long journaled = JournalShapedWork.count(c, "SELECT COUNT(*) FROM journal");
        assertThat(JournalShapedWork.count(c, "SELECT SUM(balance) FROM account"))
            .as("money taken once per journaled transfer, round %d", round)
            .isEqualTo(
                JournalShapedWork.ACCOUNTS * JournalShapedWork.OPENING_FEN
                    - JournalShapedWork.AMOUNT_FEN * journaled);
        assertThat(JournalShapedWork.count(c, "SELECT COUNT(*) FROM event"))
            .as("one event per write, round %d", round)
            .isEqualTo(journaled + settled.size());
      }
    }
  }

  /**
   * Starts the child, kills it after {@code after} acknowledged transfers; what it acknowledged.
   */
  private Set<String> runAndKill(String prefix, long after) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                HousekeptStoreChild.class.getName(),
                dir.toString(),
                prefix)
            .redirectErrorStream(true)
            .start();
    Set<String> done = ConcurrentHashMap.newKeySet();
    AtomicLong rewrites = new AtomicLong();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  // A line cut short by the kill has no ';' and proves nothing.
                  String[] words = line.split(" ");
                  if (words.length == 3 && words[0].equals("done") && words[2].endsWith(";")) {
                    done.add(words[1]);
                    rewrites.accumulateAndGet(
                        Long.parseLong(words[2].substring(0, words[2].length() - 1)), Math::max);
                  }
                }
              } catch (IOException e) {
                // the child died; its output ends here
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (done.size() < after && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(done.size()).as("%s acknowledged before the kill", prefix).isGreaterThan(0);
      assertThat(rewrites.get())
          .as("%s compaction steps that rewrote pages before the kill", prefix)
          .isGreaterThan(0);
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    reader.join(TimeUnit.SECONDS.toMillis(10));
    return new HashSet<>(done);
  }
}
