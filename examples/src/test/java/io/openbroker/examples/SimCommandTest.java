package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimCommandTest {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @TempDir Path dir;

  @Test
  void theSimulatorRunsInItsOwnProcessAndTheClientCommandsTalkToIt() throws Exception {
    Path data = dir.resolve("bank-data");
    Process sim =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                OpenBrokerCli.class.getName(),
                "sim",
                "--port",
                "0",
                "--data",
                data.toString())
            .redirectErrorStream(true)
            .start();
    try {
      String url = awaitListening(sim);
      Path keys = data.resolve("keys");

      CliRun bind =
          CliRun.of(
              "bind",
              "--bank",
              url,
              "--keys",
              keys.toString(),
              "--fund",
              "018800000001",
              "--card",
              "6212827110199152",
              "--name",
              "张三",
              "--id",
              "11010519491231002X",
              "--mobile",
              "13812345678",
              "--password",
              "135790");
      CliRun deposit =
          CliRun.of(
              "transfer",
              "in",
              "--bank",
              url,
              "--keys",
              keys.toString(),
              "--fund",
              "018800000001",
              "--card",
              "6212827110199152",
              "--amount",
              "12.34",
              "--password",
              "135790");
      CliRun balance =
          CliRun.of("query", "--bank", url, "--keys", keys.toString(), "--fund", "018800000001");

      assertThat(bind.exit()).as(bind.err()).isZero();
      assertThat(deposit.exit()).as(deposit.err()).isZero();
      assertThat(balance.out()).contains("management account 12.34 CNY");
      assertThat(data.resolve("bank.mv.db")).exists();
    } finally {
      sim.destroy();
      assertThat(sim.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aDataDirectoryThatIsAFileExitsTwoWithOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("sim", "--port", "0", "--data", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.oneLineError()).as(run.err()).isTrue();
    assertThat(run.err()).startsWith("sim: ");
  }

  /** Reads the child's output on a thread; waits for the listening line with a deadline. */
  private static String awaitListening(Process sim) throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
              } catch (java.io.IOException e) {
                lines.add("read failed: " + e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line == null) {
        if (!sim.isAlive()) {
          break;
        }
        continue;
      }
      seen.add(line);
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("the simulator did not start; it printed: " + seen);
  }
}
