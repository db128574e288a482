package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code openbroker demo} as a user would: in a separate JVM through the program's main method
 * (the same class path the shaded jar bundles), checking its output and exit code.
 */
class DemoEndToEndTest {

  @TempDir Path dir;

  @Test
  void theDemoRunsInItsOwnProcessAndExitsZero() throws Exception {
    ChildRun run = ChildRun.of(dir, "demo");

    assertThat(run.exit()).as(run.stderr()).isZero();
    assertThat(run.stdout())
        .contains("== sdk-core")
        .contains("== sdk-kyc")
        .contains("== sdk-transfer")
        .contains("REVERSED by 冲正")
        .contains("books agree: 4 matched, 0 exceptions")
        .contains("every check passed");
    // The CLI quiets the SDK's INFO logs so the demo reads well; warnings would still show.
    assertThat(run.stderr()).doesNotContain("INFO").doesNotContain("WARN");
  }

  @Test
  void anUnknownCommandExitsNonZeroWithAOneLineReason() throws Exception {
    ChildRun run = ChildRun.of(dir, "no-such-command");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).contains("Unmatched argument at index 0: 'no-such-command'");
  }

  /** One finished child JVM running the CLI. */
  record ChildRun(int exit, String stdout, String stderr) {

    static ChildRun of(Path dir, String... args) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(OpenBrokerCli.class.getName());
      command.addAll(List.of(args));
      Path out = dir.resolve("stdout.txt");
      Path err = dir.resolve("stderr.txt");
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the child did not finish in 120 s");
      }
      return new ChildRun(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }
  }
}
