package io.openbroker.examples;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.core.Effects;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.id.MobileNumber;
import io.openbroker.core.id.PersonName;
import io.openbroker.core.id.ResidentIdNumber;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.transfer.BankPassword;
import io.openbroker.transfer.FourElements;
import io.openbroker.transfer.JdbcFundLedger;
import io.openbroker.transfer.RetryPolicy;
import io.openbroker.transfer.TransferClient;
import io.openbroker.transfer.TransferService;
import io.openbroker.transfer.spi.RiskPolicy;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The demo's two sides on embedded defaults: a simulator bank in-process on a free port (in memory,
 * fresh SM2 keys both ways) and a broker with its transfer journal and fund ledger in an in-memory
 * H2 database, plus one investor with a card at the bank.
 */
final class DemoBank implements AutoCloseable {

  static final String BROKER = "broker-1";
  static final LocalTime DAY_CUT = LocalTime.of(16, 0);
  static final String NAME = "张三";
  static final String ID = "11010519491231002X";
  static final String MOBILE = "13812345678";
  static final BankPassword PASSWORD = new BankPassword("135790");
  static final BankCardNumber CARD = BankCardNumber.parse("6212827110199152");
  static final FundAccount FUND = FundAccount.parse("018800000001");
  static final Money OPENING = Money.parse("50000.00");

  /** Short waits: the demo shows resends, it should not sit through production backoffs. */
  static final RetryPolicy RETRIES =
      new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(200), 0.5, 3);

  final Effects effects;
  final BankSimulator bank;
  final TransferClient client;
  final TransferService service;
  private final AtomicLong serials = new AtomicLong();

  DemoBank(Effects effects) {
    this.effects = effects;
    AsymmetricKeyPair bankKey = AsymmetricKeyPair.generateSm2(effects.random());
    AsymmetricKeyPair brokerKey = AsymmetricKeyPair.generateSm2(effects.random());
    this.bank =
        BankSimulator.builder()
            .effects(effects)
            .dayCut(DAY_CUT)
            .bankKey(BankKey.of("bank-sm2", bankKey.privateKey(), effects.random()))
            .broker(
                new BrokerRegistration(
                    BROKER, "broker-1-sm2", brokerKey.publicKey().verifier(), Optional.empty()))
            .start();
    this.client =
        TransferClient.builder()
            .baseUrl(bank.baseUri())
            .brokerKey("broker-1-sm2", brokerKey.privateKey().signer(effects.random()))
            .bankKey("bank-sm2", bankKey.publicKey())
            .effects(effects)
            .callTimeout(Duration.ofSeconds(5))
            .build();
    String db = "openbroker-demo-" + HexFormat.of().formatHex(effects.random().nextBytes(6));
    DataSource journal = StoreLocation.h2Memory(db).dataSource();
    this.service =
        TransferService.builder()
            .client(client)
            .journal(journal)
            .ledger(JdbcFundLedger.open(journal, effects.clock()))
            .retryPolicy(RETRIES)
            .effects(effects)
            .nodeId("demo")
            // The demo runs at any hour: the standard policy would refuse outside 08:00-16:30.
            .riskPolicy(RiskPolicy.allowAll())
            .build();
    bank.openAccount(CARD.value(), NAME, ID, MOBILE, "135790", OPENING);
  }

  FourElements fourElements() {
    return new FourElements(
        PersonName.parse(NAME),
        ResidentIdNumber.parse(ID, effects.clock()),
        CARD,
        MobileNumber.parse(MOBILE));
  }

  /** The broker's next business serial (the idempotency key of one request). */
  BusinessSerial nextSerial() {
    return BusinessSerial.parse(
        String.format(java.util.Locale.ROOT, "DEMO%06d", serials.incrementAndGet()));
  }

  @Override
  public void close() {
    service.close();
    bank.close();
  }
}
