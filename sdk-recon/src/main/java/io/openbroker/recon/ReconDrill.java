package io.openbroker.recon;

import io.openbroker.core.money.CurrencyCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates realistic pairs of bank and broker records with known, injected discrepancies —
 * deterministic from a seed — for drills, tests and benchmarks. Every injected discrepancy is
 * announced as a {@link DrillExpectation}; everything else must match.
 *
 * <pre>{@code
 * ReconDrill drill = new ReconDrill(42, LocalDate.of(2026, 11, 20), 10, 5_000);
 * drill.generate(1_000_000, sink); // ~1% of keys carry a discrepancy
 * }</pre>
 */
public final class ReconDrill {

  /** Receives the generated records and expectations, in generation order. */
  public interface Sink {
    /** A record of the bank's file. */
    void bank(TransferRecord record);

    /** A record of the broker's file. */
    void broker(TransferRecord record);

    /** A discrepancy the matcher must report. */
    void expect(DrillExpectation expectation);

    /** A pair only the fallback rule can match; it must end {@code MATCHED}. */
    default void expectFallbackMatch() {}
  }

  /** The kinds of injection, drawn uniformly. */
  enum Kind {
    BANK_ONLY,
    BROKER_ONLY,
    AMOUNT,
    STATUS,
    DIRECTION,
    FUND_ACCOUNT,
    BANK_ACCOUNT,
    DUPLICATE_BANK,
    DUPLICATE_BROKER,
    LATE_BANK,
    EARLY_BROKER,
    FALLBACK
  }

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "欧阳", "𠮷"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "强", "磊", "𠀋"};
  private final long seed;
  private final LocalDate date;
  private final int perThousand;
  private final int clients;

  /**
   * @param seed the seed: the same seed gives the same records
   * @param date the business date (records fall in its calendar day unless injected otherwise)
   * @param perThousand keys out of a thousand that carry a discrepancy (0–1000)
   * @param clients how many distinct clients the records spread over
   */
  public ReconDrill(long seed, LocalDate date, int perThousand, int clients) {
    if (perThousand < 0 || perThousand > 1000 || clients < 1) {
      throw new IllegalArgumentException("perThousand in [0,1000], clients >= 1");
    }
    this.seed = seed;
    this.date = date;
    this.perThousand = perThousand;
    this.clients = clients;
  }

  /** Generates {@code keys} keys' records into {@code sink}. */
  public void generate(long keys, Sink sink) {
    SplittableRandom random = new SplittableRandom(seed);
    Kind[] kinds = Kind.values();
    for (long i = 0; i < keys; i++) {
      TransferRecord base = base(random, i);
      if (random.nextInt(1000) < perThousand) {
        inject(kinds[random.nextInt(kinds.length)], base, random, sink);
      } else {
        sink.bank(base);
        sink.broker(base);
      }
    }
  }

  /**
   * A drill generated in memory.
   *
   * @param bank the bank's records
   * @param broker the broker's records
   * @param expected the injected discrepancies
   * @param fallbackMatches pairs that only the fallback rule matches
   */
  public record Generated(
      List<TransferRecord> bank,
      List<TransferRecord> broker,
      List<DrillExpectation> expected,
      long fallbackMatches) {}

  /** Generates {@code keys} keys' records in memory (for small drills and tests). */
  public Generated inMemory(long keys) {
    List<TransferRecord> bank = new ArrayList<>();
    List<TransferRecord> broker = new ArrayList<>();
    List<DrillExpectation> expected = new ArrayList<>();
    long[] fallback = new long[1];
    generate(
        keys,
        new Sink() {
          @Override
          public void bank(TransferRecord r) {
            bank.add(r);
          }

          @Override
          public void broker(TransferRecord r) {
            broker.add(r);
          }

          @Override
          public void expect(DrillExpectation e) {
            expected.add(e);
          }

          @Override
          public void expectFallbackMatch() {
            fallback[0]++;
          }
        });
    return new Generated(bank, broker, expected, fallback[0]);
  }

  private TransferRecord base(SplittableRandom random, long i) {
    int client = random.nextInt(clients);
    String day = date.toString().replace("-", "");
    Direction direction =
        random.nextInt(3) == 0 ? Direction.SECURITIES_TO_BANK : Direction.BANK_TO_SECURITIES;
    TransferStatus status =
        random.nextInt(50) == 0 ? TransferStatus.FAILED : TransferStatus.SUCCESS;
    LocalDateTime time = date.atTime(8, 30).plusSeconds(random.nextInt(8 * 3600));
    return new TransferRecord(
        String.format(Locale.ROOT, "B%s%010d", day, i),
        String.format(Locale.ROOT, "S%s%010d", day, i),
        SURNAMES[client % SURNAMES.length] + GIVEN[client / SURNAMES.length % GIVEN.length],
        String.format(Locale.ROOT, "%012d", 880_000_000_000L + client),
        String.format(Locale.ROOT, "6222%012d", 20_000_000_000L + client * 7919L),
        random.nextInt(4) == 0 ? Side.BANK : Side.BROKER,
        direction,
        100 + random.nextLong(5_000_000),
        CurrencyCode.CNY,
        time,
        status,
        0);
  }

  private void inject(Kind kind, TransferRecord b, SplittableRandom random, Sink sink) {
    switch (kind) {
      case BANK_ONLY -> one(sink, Side.BANK, b, ReconClass.BANK_ONLY);
      case BROKER_ONLY -> one(sink, Side.BROKER, b, ReconClass.BROKER_ONLY);
      case AMOUNT ->
          pair(
              sink,
              b,
              with(b, b.amountFen() + 1 + random.nextInt(9999), null, null, null, null, null),
              ReconClass.AMOUNT_MISMATCH);
      case STATUS ->
          pair(
              sink,
              with(b, -1, null, null, TransferStatus.SUCCESS, null, null),
              with(b, -1, null, null, TransferStatus.FAILED, null, null),
              ReconClass.STATUS_MISMATCH);
      case DIRECTION ->
          pair(
              sink,
              b,
              with(b, -1, null, flip(b.direction()), null, null, null),
              ReconClass.DIRECTION_MISMATCH);
      case FUND_ACCOUNT ->
          pair(
              sink,
              b,
              with(b, -1, null, null, null, b.fundAccount() + "0", null),
              ReconClass.ACCOUNT_MISMATCH);
      case BANK_ACCOUNT ->
          pair(
              sink,
              b,
              with(b, -1, null, null, null, null, "0" + b.bankAccount()),
              ReconClass.ACCOUNT_MISMATCH);
      case DUPLICATE_BANK -> duplicate(sink, b, Side.BANK);
      case DUPLICATE_BROKER -> duplicate(sink, b, Side.BROKER);
      case LATE_BANK ->
          one(
              sink,
              Side.BANK,
              with(b, -1, date.plusDays(1).atTime(0, 5), null, null, null, null),
              ReconClass.OUT_OF_WINDOW);
      case EARLY_BROKER ->
          one(
              sink,
              Side.BROKER,
              with(b, -1, date.minusDays(1).atTime(23, 55), null, null, null, null),
              ReconClass.OUT_OF_WINDOW);
      case FALLBACK -> fallback(sink, b, random);
    }
  }

  private static void one(Sink sink, Side side, TransferRecord r, ReconClass reconClass) {
    if (side == Side.BANK) {
      sink.bank(r);
    } else {
      sink.broker(r);
    }
    sink.expect(new DrillExpectation(reconClass, side, r.bankSerial(), r.brokerSerial()));
  }

  private static void pair(Sink sink, TransferRecord bank, TransferRecord broker, ReconClass c) {
    sink.bank(bank);
    sink.broker(broker);
    sink.expect(new DrillExpectation(c, bank.initiator(), bank.bankSerial(), bank.brokerSerial()));
  }

  private static void duplicate(Sink sink, TransferRecord r, Side side) {
    sink.bank(r);
    sink.broker(r);
    if (side == Side.BANK) {
      sink.bank(r);
    } else {
      sink.broker(r);
    }
    sink.expect(new DrillExpectation(ReconClass.DUPLICATE, side, r.bankSerial(), r.brokerSerial()));
  }

  /** A bank-initiated record whose bank side lacks the broker serial, a little apart in time. */
  private static void fallback(Sink sink, TransferRecord b, SplittableRandom random) {
    long uniqueAmount = 10_000_000 + Long.parseLong(b.bankSerial().substring(9));
    TransferRecord broker =
        new TransferRecord(
            b.bankSerial(),
            b.brokerSerial(),
            b.customerName(),
            b.fundAccount(),
            b.bankAccount(),
            Side.BANK,
            b.direction(),
            uniqueAmount,
            b.currency(),
            b.tradeTime(),
            b.status(),
            0);
    TransferRecord bank =
        new TransferRecord(
            b.bankSerial(),
            "",
            b.customerName(),
            b.fundAccount(),
            b.bankAccount(),
            Side.BANK,
            b.direction(),
            uniqueAmount,
            b.currency(),
            b.tradeTime().plusSeconds(random.nextInt(180)),
            b.status(),
            0);
    sink.bank(bank);
    sink.broker(broker);
    sink.expectFallbackMatch();
  }

  private static Direction flip(Direction d) {
    return d == Direction.BANK_TO_SECURITIES
        ? Direction.SECURITIES_TO_BANK
        : Direction.BANK_TO_SECURITIES;
  }

  private static TransferRecord with(
      TransferRecord r,
      long amount,
      LocalDateTime time,
      Direction direction,
      TransferStatus status,
      String fund,
      String bankAccount) {
    return new TransferRecord(
        r.bankSerial(),
        r.brokerSerial(),
        r.customerName(),
        fund == null ? r.fundAccount() : fund,
        bankAccount == null ? r.bankAccount() : bankAccount,
        r.initiator(),
        direction == null ? r.direction() : direction,
        amount < 0 ? r.amountFen() : amount,
        r.currency(),
        time == null ? r.tradeTime() : time,
        status == null ? r.status() : status,
        0);
  }
}
