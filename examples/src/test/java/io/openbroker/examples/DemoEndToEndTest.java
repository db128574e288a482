package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
