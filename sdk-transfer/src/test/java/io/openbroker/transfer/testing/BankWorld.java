package io.openbroker.transfer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankKey;
import io.openbroker.banksim.BankSimulator;
import io.openbroker.banksim.BankSimulatorBuilder;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.BrokerRegistration;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.core.Effects;
import io.openbroker.core.IdGenerator;
import io.openbroker.core.RandomSource;
import io.openbroker.core.crypto.AsymmetricKeyPair;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.GroupCommitter;
import io.openbroker.core.store.StoreLocation;
import io.openbroker.transfer.BankAnswer;
import io.openbroker.transfer.JdbcFundLedger;
import io.openbroker.transfer.RetryPolicy;
import io.openbroker.transfer.TransferClient;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferRequest;
import io.openbroker.transfer.TransferService;
import io.openbroker.transfer.TransferServiceBuilder;
import io.openbroker.transfer.internal.ledger.Posting;
import io.openbroker.transfer.spi.FundLedger;
import io.openbroker.transfer.spi.RiskPolicy;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The simulator bank plus a broker (SM2 keys both ways) with its journal and fund ledger in one H2
 * database, and {@code n} clients bound and signed in. Checks the money invariants of SPEC §11.
 */
public final class BankWorld implements AutoCloseable {

  public static final String BROKER = "broker-1";
  public static final AsymmetricKeyPair BANK_KEY =
      AsymmetricKeyPair.generateSm2(RandomSource.secure());
  public static final AsymmetricKeyPair BROKER_KEY =
      AsymmetricKeyPair.generateSm2(RandomSource.secure());
  public static final Money OPENING = Money.parse("10000.00");

  public final BankSimulator bank;
  public final DataSource db;

  /**
   * The group committer that {@link #ledger} and the first node's journal share (the recommended
   * set-up: a transfer's postings join its journal writes); other nodes write the journal through
   * their own, as separate processes would. Null if the world was made without one.
   */
  public final GroupCommitter store;

  public final JdbcFundLedger ledger;
  public final RecordingSleeper sleeper = new RecordingSleeper();
  public final Effects effects;
  public final List<Customer> customers = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AtomicLong serials = new AtomicLong();
  private final TransferClient setup;

  public BankWorld(int clients) {
    this(clients, b -> b, h2Memory());
  }

  public BankWorld(int clients, UnaryOperator<BankSimulatorBuilder> bankSettings, DataSource db) {
    this(clients, bankSettings, db, true, Optional.empty(), true);
  }

  /**
   * A world whose ledger takes a connection per posting ({@code sharedStore} false), so that the
   * database is closed whenever this process uses none: another process may then open an H2 file.
   */
  public BankWorld(
      int clients,
      UnaryOperator<BankSimulatorBuilder> bankSettings,
      DataSource db,
      boolean sharedStore) {
    this(clients, bankSettings, db, true, Optional.empty(), sharedStore);
  }

  /** A world whose bank sends bank-initiated messages to {@code endpoint}. */
  public BankWorld(int clients, java.net.URI endpoint) {
    this(clients, b -> b, h2Memory(), true, Optional.of(endpoint), true);
  }

  private BankWorld(
      int clients,
      UnaryOperator<BankSimulatorBuilder> bankSettings,
      DataSource db,
      boolean signIn,
      Optional<java.net.URI> endpoint,
      boolean sharedStore) {
    this.bank = bankSettings.apply(bankBuilder(endpoint)).start();
    this.db = db;
    this.effects =
        new Effects(
            Effects.system().clock(),
            RandomSource.seeded(7),
            IdGenerator.sequential("id-"),
            sleeper);
    this.store = sharedStore ? GroupCommitter.open(db, "world-db") : null;
    this.ledger =
        sharedStore
            ? JdbcFundLedger.open(store, effects.clock())
            : JdbcFundLedger.open(db, effects.clock());
    this.setup = client(bank.baseUri().toString());
    if (signIn) {
      sign(setup);
    }
    for (int i = 0; i < clients; i++) {
      newCustomer();
    }
  }

  /** Opens a bank account with {@link #OPENING} for a new client and binds a fund account to it. */
  public synchronized Customer newCustomer() {
    Customer c = Customer.number(customers.size());
    bank.openAccount(
        c.card().value(), Customer.NAME, Customer.ID, Customer.MOBILE, "135790", OPENING);
    BusinessSerial serial = nextSerial();
    // The bank may still be restarting after an injected crash: ask until it answers.
    Await.until(
        Duration.ofSeconds(20),
        "the bank to bind " + c.fund(),
        () ->
            setup.designate(serial, c.fund(), c.fourElements(), Customer.PASSWORD)
                    instanceof BankAnswer.Verified<?> v
                && v.isSuccess());
    customers.add(c);
    return c;
  }

  public static BankSimulatorBuilder bankBuilder() {
    return bankBuilder(Optional.empty());
  }

  /** The bank, sending bank-initiated messages to {@code endpoint} if present. */
  public static BankSimulatorBuilder bankBuilder(Optional<java.net.URI> endpoint) {
    return BankSimulator.builder()
        .effects(Effects.system())
        .bankKey(BankKey.of("bank-sm2", BANK_KEY.privateKey(), RandomSource.secure()))
        .broker(
            new BrokerRegistration(
                BROKER, "broker-1-sm2", BROKER_KEY.publicKey().verifier(), endpoint));
  }

  /** A fresh in-memory H2 database (lock waits long enough for 64 concurrent callers). */
  public static DataSource h2Memory() {
    String name = "broker-" + HexFormat.of().formatHex(RandomSource.secure().nextBytes(8));
    return new StoreLocation.Jdbc(
            "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "")
        .dataSource();
  }

  /** Signs the broker in to the bank's current business date. */
  public void sign(TransferClient client) {
    var answer = client.signIn(nextSerial(), bank.businessDate());
    assertThat(((BankAnswer.Verified<?>) answer).resultCode()).isEqualTo("SUCCESS");
  }

  public TransferClient client(String baseUrl) {
    return TransferClient.builder()
        .baseUrl(java.net.URI.create(baseUrl))
        .brokerKey("broker-1-sm2", BROKER_KEY.privateKey().signer(RandomSource.secure()))
        .bankKey("bank-sm2", BANK_KEY.publicKey())
        .effects(effects)
        .callTimeout(Duration.ofSeconds(2))
        .build();
  }

  public TransferService service(RetryPolicy policy) {
    return service(policy, "node-a");
  }

  public TransferService service(RetryPolicy policy, String node) {
    return service(policy, node, ledger, Duration.ofSeconds(30));
  }

  public TransferService service(
      RetryPolicy policy, String node, FundLedger fundLedger, Duration lease) {
    TransferServiceBuilder b = TransferService.builder();
    if (store != null && node.equals("node-a")) {
      b.journal(store);
    } else {
      b.journal(db);
    }
    return b.client(client(bank.baseUri().toString()))
        .ledger(fundLedger)
        .retryPolicy(policy)
        .effects(effects)
        .nodeId(node)
        .lease(lease)
        .riskPolicy(RiskPolicy.allowAll())
        .build();
  }

  public BusinessSerial nextSerial() {
    return BusinessSerial.parse(
        "T" + System.nanoTime() % 1_000_000 + "n" + serials.incrementAndGet());
  }

  public TransferRequest deposit(Customer c, String amount) {
    return TransferRequest.deposit(
        nextSerial(), c.fund(), c.card(), Money.parse(amount), Customer.PASSWORD);
  }

  public TransferRequest withdrawal(Customer c, String amount) {
    return TransferRequest.withdrawal(nextSerial(), c.fund(), c.card(), Money.parse(amount));
  }

  public void noFaults() {
    bank.setFaultPlan(FaultPlan.NONE);
  }

  /**
   * SPEC §11 after recovery: every client's ledger equals the bank's management account, the
   * summary account equals their sum and the ledger's bank-deposits account, nothing is frozen or
   * in flight, and no serial moved money twice at the bank.
   */
  public void assertBooksAgree(TransferService service) {
    long sum = 0;
    for (Customer c : customers) {
      var balance = ledger.balance(c.fund());
      long bankSide = bank.managementBalanceFen(BROKER, c.fund().value());
      assertThat(balance.frozen().fen()).as("frozen of %s", c.fund()).isZero();
      assertThat(balance.total().fen()).as("ledger of client %d", c.index()).isEqualTo(bankSide);
      sum += bankSide;
    }
    assertThat(bank.summaryBalanceFen(BROKER)).isEqualTo(sum);
    assertThat(ledger.accountingBalance(Posting.BANK_DEPOSITS).fen()).isEqualTo(sum);
    assertThat(bank.checkBooks().balanced()).isTrue();
    List<TransferRecord> journal = service.journal();
    assertThat(journal).allSatisfy(r -> assertThat(r.state().inFlight()).isFalse());
    assertThat(journal).allSatisfy(r -> assertThat(r.ledgerDone()).isTrue());
    var bySerial =
        bank.transfers().stream()
            .filter(t -> !t.brokerSerial().startsWith("RV"))
            .collect(Collectors.groupingBy(BankTransfer::brokerSerial, Collectors.counting()));
    assertThat(bySerial).allSatisfy((serial, n) -> assertThat(n).as(serial).isEqualTo(1L));
  }

  @Override
  public void close() {
    bank.close();
    if (store != null) {
      store.close();
    }
  }
}
