package io.openbroker.banksim;

import io.openbroker.banksim.internal.books.BankRules;
import io.openbroker.banksim.internal.core.BankConfig;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import io.openbroker.core.Sleeper;
import io.openbroker.core.crypto.MessageVerifier;
import io.openbroker.core.crypto.SignatureAlgorithm;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.StoreLocation;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds and starts a {@link BankSimulator}. Each setting is checked on arrival; {@link #start()}
 * checks the whole (at least one bank key, a key for every broker's algorithm, unique key ids).
 *
 * <pre>{@code
 * BankSimulator bank = BankSimulator.builder()
 *     .effects(Effects.deterministic(7, clock))
 *     .dataDir(Path.of("bank-data"))          // durable; default: in memory
 *     .bankKey(sm2BankKey)
 *     .broker(brokerRegistration)
 *     .adminKey("admin-1", adminVerifier)
 *     .start();
 * }</pre>
 */
public final class BankSimulatorBuilder {

  private Effects effects = Effects.system();
  private Sleeper wireSleeper = Sleeper.system();
  private String host = "127.0.0.1";
  private int port;
  private StoreLocation store;
  private Path reconDir;
  private final Map<SignatureAlgorithm, BankKey> bankKeys = new EnumMap<>(SignatureAlgorithm.class);
  private final List<BrokerRegistration> brokers = new ArrayList<>();
  private BankConfig.AdminKey admin;
  private LocalTime dayCut = BankRules.DEFAULT.dayCut();
  private LocalTime opens = BankRules.DEFAULT.opens();
  private LocalTime closes = BankRules.DEFAULT.closes();
  private long limitFen = BankRules.DEFAULT.perTransferLimitFen();
  private BusinessCalendar calendar = BankRules.DEFAULT.calendar();
  private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());

  BankSimulatorBuilder() {}

  /** Clock, randomness and ids of the bank's decisions (default {@link Effects#system()}). */
  public BankSimulatorBuilder effects(Effects value) {
    this.effects = Objects.requireNonNull(value, "effects");
    return this;
  }

  /** Real waiting for injected delays, timeouts and slow answers (default: the system sleeper). */
  public BankSimulatorBuilder wireSleeper(Sleeper value) {
    this.wireSleeper = Objects.requireNonNull(value, "wireSleeper");
    return this;
  }

  /** The address to bind (default 127.0.0.1). */
  public BankSimulatorBuilder host(String value) {
    this.host = Objects.requireNonNull(value, "host");
    return this;
  }

  /** The port (default 0: any free port; read it back with {@link BankSimulator#port()}). */
  public BankSimulatorBuilder port(int value) {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException("port out of range: " + value);
    }
    this.port = value;
    return this;
  }

  /**
   * Keeps the books durably in the append-only journal {@code dir/bank.journal} (each group of
   * changes forced to disk before it is answered); survives kill -9 and restart.
   */
  public BankSimulatorBuilder dataDir(Path dir) {
    this.store = StoreLocation.h2File(dir, "bank");
    this.reconDir = dir.resolve("reconciliation");
    return this;
  }

  /**
   * Keeps the books in any JDBC store; an {@link StoreLocation.H2File} location {@code (dir, name)}
   * stands for a data directory: the journal is then the file {@code dir/name.journal}.
   */
  public BankSimulatorBuilder store(StoreLocation value) {
    this.store = Objects.requireNonNull(value, "store");
    return this;
  }

  /** Adds one of the bank's keys (one per signature algorithm). */
  public BankSimulatorBuilder bankKey(BankKey key) {
    SignatureAlgorithm alg = key.signer().algorithm();
    if (bankKeys.containsKey(alg)) {
      throw new IllegalArgumentException("a bank key for " + alg.wireName() + " is already set");
    }
    bankKeys.put(alg, key);
    return this;
  }

  /** Registers a broker the bank serves. */
  public BankSimulatorBuilder broker(BrokerRegistration broker) {
    brokers.add(Objects.requireNonNull(broker, "broker"));
    return this;
  }

  /** The key that may call {@code /v1/admin/...} (default: none, the admin API refuses all). */
  public BankSimulatorBuilder adminKey(String keyId, MessageVerifier verifier) {
    this.admin =
        new BankConfig.AdminKey(Objects.requireNonNull(keyId), Objects.requireNonNull(verifier));
    return this;
  }

  /**
   * The business days (default {@link BusinessCalendar#everyDay()}): on other dates transfers are
   * refused with {@code OUTSIDE_HOURS}, and the business date rolls on to the next business day.
   */
  public BankSimulatorBuilder businessCalendar(BusinessCalendar value) {
    this.calendar = Objects.requireNonNull(value, "calendar");
    return this;
  }

  /** The bank day-cut, China local time (default 16:00). */
  public BankSimulatorBuilder dayCut(LocalTime value) {
    this.dayCut = Objects.requireNonNull(value, "dayCut");
    return this;
  }

  /** Transfer hours, China local time; equal times mean 7×24 (the default). */
  public BankSimulatorBuilder transferHours(LocalTime from, LocalTime until) {
    this.opens = Objects.requireNonNull(from, "from");
    this.closes = Objects.requireNonNull(until, "until");
    return this;
  }

  /** The largest single transfer (default 1,000,000.00 CNY). */
  public BankSimulatorBuilder perTransferLimit(Money limit) {
    if (!limit.isPositive()) {
      throw new IllegalArgumentException("the limit must be positive");
    }
    this.limitFen = limit.fen();
    return this;
  }

  /**
   * HTTP worker threads: they check signatures, decide and sign answers, and never wait for a
   * commit, so the default is the number of cores (at least 2).
   */
  public BankSimulatorBuilder threads(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("threads must be positive");
    }
    this.threads = value;
    return this;
  }

  /** Starts the bank: opens (or recovers) its store and starts listening. */
  public BankSimulator start() {
    if (bankKeys.isEmpty()) {
      throw new IllegalStateException("set at least one bank key");
    }
    Set<String> keyIds = new HashSet<>();
    Set<String> brokerIds = new HashSet<>();
    for (BrokerRegistration b : brokers) {
      if (!keyIds.add(b.keyId()) || !brokerIds.add(b.brokerId())) {
        throw new IllegalStateException(
            "duplicate broker or key id: " + b.brokerId() + "/" + b.keyId());
      }
      if (!bankKeys.containsKey(b.verifier().algorithm())) {
        throw new IllegalStateException("no bank key for broker " + b.brokerId() + "'s algorithm");
      }
    }
    if (admin != null && keyIds.contains(admin.keyId())) {
      throw new IllegalStateException("the admin key id is also a broker's: " + admin.keyId());
    }
    StoreLocation location =
        // An in-memory store's name only has to be unique in this JVM; it is not part of the
        // deterministic behaviour, so it comes from secure randomness, not the seeded effects.
        store != null
            ? store
            : StoreLocation.h2Memory(
                "bank-" + HexFormat.of().formatHex(RandomSource.secure().nextBytes(12)));
    BankRules rules = new BankRules(dayCut, opens, closes, limitFen, calendar);
    return new BankSimulator(
        new BankConfig(
            effects,
            wireSleeper,
            host,
            port,
            location,
            Optional.ofNullable(reconDir),
            bankKeys,
            brokers,
            Optional.ofNullable(admin),
            rules,
            threads));
  }
}
