package io.openbroker.recon;

import io.openbroker.core.money.CurrencyCode;
import io.openbroker.recon.internal.DrillInjections;
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
    DrillInjections.Kind[] kinds = DrillInjections.Kind.values();
    DrillInjections injector = new DrillInjections(date);
    for (long i = 0; i < keys; i++) {
      TransferRecord base = base(random, i);
      if (random.nextInt(1000) < perThousand) {
        injector.inject(kinds[random.nextInt(kinds.length)], base, random, sink);
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
}
