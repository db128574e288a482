package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimCommandTest {

  @TempDir Path dir;

  @Test
  void theSimulatorRunsInItsOwnProcessAndTheClientCommandsTalkToIt() throws Exception {
    Path data = dir.resolve("bank-data");
    try (ListeningChild sim =
        ListeningChild.start("sim", "--port", "0", "--data", data.toString())) {
      String url = sim.url();
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
      assertThat(data.resolve("bank.journal")).exists();
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
}
