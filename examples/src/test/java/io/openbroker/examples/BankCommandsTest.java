package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.core.RandomSource;
import io.openbroker.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bind, transfer, query and reverse against a running simulator, as `openbroker sim` starts it. */
class BankCommandsTest {

  private static final String CARD = "6212827110199152";
  private static final String FUND = "018800000001";

  @TempDir static Path dir;
  private static BankSimulator bank;
  private static Path keys;

  @BeforeAll
  static void startTheBankAndBind() throws Exception {
    keys = dir.resolve("keys");
    KeySet set = new KeySet(keys);
    assertThat(set.createIfAbsent(RandomSource.secure())).isTrue();
    bank =
        BankSimulator.builder()
            .bankKey(BankKey.of(KeySet.BANK_KEY_ID, set.bankPrivate(), RandomSource.secure()))
            .broker(
                new BrokerRegistration(
                    KeySet.BROKER_ID,
                    KeySet.BROKER_KEY_ID,
                    set.brokerPublic().verifier(),
                    Optional.empty()))
            .start();
    bank.openAccount(
        CARD, "张三", "11010519491231002X", "13812345678", "135790", Money.parse("1000.00"));
    CliRun bind =
        run(
            "bind",
            "--fund",
            FUND,
            "--card",
            CARD,
            "--name",
            "张三",
            "--id",
            "11010519491231002X",
            "--mobile",
            "13812345678",
            "--password",
            "135790");
    assertThat(bind.exit()).as(bind.err()).isZero();
    assertThat(bind.out()).startsWith("SUCCESS").contains("status=ACTIVE").doesNotContain(CARD);
  }

  @AfterAll
  static void stopTheBank() {
    bank.close();
  }

  private static CliRun run(String command, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(command, "--bank", bank.baseUri().toString(), "--keys", keys.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static long managementFen() {
    return bank.managementBalanceFen(KeySet.BROKER_ID, FUND);
  }

  @Test
  void aDepositMovesMoneyOnceEvenWhenSentTwiceWithTheSameSerial() throws Exception {
    long before = managementFen();
    String[] deposit = {
      "in",
      "--fund",
      FUND,
      "--card",
      CARD,
      "--amount",
      "100.50",
      "--password",
      "135790",
      "--serial",
      "T-DEP-1",
      "--json"
    };

    CliRun first = run("transfer", deposit);
    CliRun resend = run("transfer", deposit);

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(resend.exit()).isZero();
    JsonNode a = new ObjectMapper().readTree(first.out()).get("reply");
    JsonNode b = new ObjectMapper().readTree(resend.out()).get("reply");
    assertThat(a.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(b.get("bankSerial").asText()).isEqualTo(a.get("bankSerial").asText());
    assertThat(managementFen() - before).isEqualTo(10_050);
  }

  @Test
  void aWithdrawalOverTheBalanceIsRefusedWithExitOne() {
    long before = managementFen();

    CliRun run = run("transfer", "out", "--fund", FUND, "--card", CARD, "--amount", "999999.00");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("INSUFFICIENT_FUNDS");
    assertThat(managementFen()).isEqualTo(before);
  }

  @Test
  void aQueryShowsTheTransferAndAReversalUndoesIt() throws Exception {
    long before = managementFen();
    assertThat(
            run(
                    "transfer",
                    "in",
                    "--fund",
                    FUND,
                    "--card",
                    CARD,
                    "--amount",
                    "7.00",
                    "--password",
                    "135790",
                    "--serial",
                    "T-REV-1")
                .exit())
        .isZero();

    CliRun query = run("query", "--serial", "T-REV-1", "--json");
    CliRun reverse = run("reverse", "--original", "T-REV-1");
    CliRun after = run("query", "--serial", "T-REV-1");

    assertThat(query.exit()).isZero();
    assertThat(new ObjectMapper().readTree(query.out()).at("/reply/amount").asText())
        .isEqualTo("7.00");
    assertThat(reverse.exit()).as(reverse.err()).isZero();
    assertThat(reverse.out()).contains("originalStatus=REVERSED");
    assertThat(after.out()).contains("status=REVERSED");
    assertThat(managementFen()).isEqualTo(before);
  }

  @Test
  void theBalanceQueryPrintsTheManagementAccount() {
    CliRun run = run("query", "--fund", FUND);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("SUCCESS: management account ").contains(" CNY");
  }

  @Test
  void anUnknownSerialIsNotFoundWithExitOne() {
    CliRun run = run("query", "--serial", "NEVER-SENT");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("NOT_FOUND");
  }

  @Test
  void aBadIdNumberIsRefusedBeforeAnythingIsSent() {
    CliRun run =
        run(
            "bind",
            "--fund",
            "018800000002",
            "--card",
            CARD,
            "--name",
            "张三",
            "--id",
            "11010519491231003X",
            "--mobile",
            "13812345678",
            "--password",
            "135790");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.oneLineError()).isTrue();
    assertThat(run.err())
        .startsWith("bind: ID_NUMBER_INVALID")
        .doesNotContain("11010519491231003X");
  }

  @Test
  void anUnreachableSimulatorExitsThreeWithOneLine() {
    for (String[] args :
        List.of(
            new String[] {"query", "--serial", "X1"},
            new String[] {"transfer", "out", "--fund", FUND, "--card", CARD, "--amount", "1.00"},
            new String[] {"reverse", "--original", "X1"},
            new String[] {
              "bind",
              "--fund",
              FUND,
              "--card",
              CARD,
              "--name",
              "张三",
              "--id",
              "11010519491231002X",
              "--mobile",
              "13812345678",
              "--password",
              "135790"
            })) {
      List<String> all = new ArrayList<>(List.of(args));
      all.addAll(List.of("--bank", "http://127.0.0.1:1", "--keys", keys.toString()));

      CliRun run = CliRun.of(all.toArray(String[]::new));

      assertThat(run.exit()).as(args[0]).isEqualTo(3);
      assertThat(run.oneLineError()).as(run.err()).isTrue();
      assertThat(run.err())
          .startsWith(args[0] + ": ")
          .contains("no verified answer from http://127.0.0.1:1");
    }
  }

  @Test
  void missingOrBadKeysExitTwoWithOneLine() throws Exception {
    Path bad = Files.createDirectories(dir.resolve("bad-keys"));
    for (String name : List.of("bank-sm2-public.pem", "broker-1-public.pem")) {
      Files.copy(keys.resolve(name), bad.resolve(name));
    }
    Files.writeString(
        bad.resolve("broker-1-private.pem"),
        "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n",
        StandardCharsets.UTF_8);

    CliRun missing =
        CliRun.of("query", "--serial", "X1", "--keys", dir.resolve("nowhere").toString());
    CliRun broken =
        CliRun.of(
            "query",
            "--serial",
            "X1",
            "--keys",
            bad.toString(),
            "--bank",
            bank.baseUri().toString());

    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("query: no such file: ").contains("broker-1-private.pem");
    assertThat(broken.exit()).isEqualTo(2);
    assertThat(broken.oneLineError()).as(broken.err()).isTrue();
    assertThat(broken.err()).startsWith("query: KEY_");
  }
}
