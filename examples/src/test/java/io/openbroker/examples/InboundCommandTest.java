package io.openbroker.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.transfer.JdbcFundLedger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code openbroker inbound} in its own JVM on port 0; the simulator bank originates a bank-channel
 * deposit towards it and delivers it twice: the broker's ledger is credited exactly once.
 */
class InboundCommandTest {

  private static final String CARD = "6212827110199152";
  private static final String FUND = "018800000001";

  @TempDir Path dir;

  @Test
  void aBankChannelDepositDeliveredTwiceIsCreditedOnce() throws Exception {
    Path keys = dir.resolve("keys");
    Path data = dir.resolve("broker-data");
    KeySet set = new KeySet(keys);
    set.createIfAbsent(RandomSource.secure());
    BankSimulator bank;
    try (ListeningChild broker =
        ListeningChild.start(
            "inbound", "--port", "0", "--data", data.toString(), "--keys", keys.toString())) {
      bank = bankCalling(set, URI.create(broker.url()));
      try {
        bind(bank);
        bank.setFaultPlan(
            new FaultPlan(
                1,
                List.of(
                    FaultRule.withProbability(
                        BankOperation.BANK_INITIATED, FaultKind.DUPLICATE_DELIVERY, 1.0))));

        bank.originateTransfer(
            KeySet.BROKER_ID,
            TransferDirection.BANK_TO_SECURITIES,
            FUND,
            CARD,
            Money.parse("120.00"));
        await("the deposit delivered", () -> bank.pendingBankInitiated() == 0);

        assertThat(bank.faultLog())
            .anySatisfy(f -> assertThat(f.kind()).isEqualTo(FaultKind.DUPLICATE_DELIVERY));
        assertThat(bank.managementBalanceFen(KeySet.BROKER_ID, FUND)).isEqualTo(12_000);
      } finally {
        bank.close();
      }
    }
    // The child has stopped: its database file is free to read.
    JdbcFundLedger ledger =
        JdbcFundLedger.open(
            StoreLocation.h2File(data, InboundCommand.DATABASE).dataSource(),
            Effects.system().clock());
    assertThat(ledger.balance(FundAccount.parse(FUND)).available())
        .isEqualTo(Money.parse("120.00"));
  }

  @Test
  void withoutKeysItExitsTwoWithOneLine() {
    CliRun run =
        CliRun.of(
            "inbound",
            "--port",
            "0",
            "--data",
            dir.resolve("d").toString(),
            "--keys",
            dir.resolve("nowhere").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.oneLineError()).as(run.err()).isTrue();
    assertThat(run.err()).startsWith("inbound: no such file: ");
  }

  private static BankSimulator bankCalling(KeySet set, URI endpoint) throws Exception {
    return BankSimulator.builder()
        .bankKey(BankKey.of(KeySet.BANK_KEY_ID, set.bankPrivate(), RandomSource.secure()))
        .broker(
            new BrokerRegistration(
                KeySet.BROKER_ID,
                KeySet.BROKER_KEY_ID,
                set.brokerPublic().verifier(),
                Optional.of(endpoint)))
        .start();
  }

  private void bind(BankSimulator bank) {
    bank.openAccount(
        CARD, "张三", "11010519491231002X", "13812345678", "135790", Money.parse("1000.00"));
    CliRun bind =
        CliRun.of(
            "bind",
            "--bank",
            bank.baseUri().toString(),
            "--keys",
            dir.resolve("keys").toString(),
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
  }

  private static void await(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
