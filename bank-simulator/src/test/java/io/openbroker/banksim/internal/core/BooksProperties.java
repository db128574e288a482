package io.openbroker.banksim.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.internal.books.BankRules;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.Books;
import io.openbroker.banksim.internal.desk.BindingDesk;
import io.openbroker.banksim.internal.desk.CounterDesk;
import io.openbroker.banksim.internal.desk.ReversalDesk;
import io.openbroker.banksim.internal.desk.TransferDesk;
import io.openbroker.banksim.internal.wire.BindingRequest;
import io.openbroker.banksim.internal.wire.ReversalRequest;
import io.openbroker.banksim.internal.wire.TransferRequest;
import io.openbroker.banksim.internal.wire.WireJson;
import io.openbroker.core.Effects;
import io.openbroker.core.RandomSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever sequence of transfers, resends and reversals arrives: the summary account equals the sum
 * of the management accounts, no money is created or lost, no account goes negative, and replaying
 * the journal rebuilds exactly the same books.
 */
class BooksProperties {

  private static final String CARD_A = "6212827110199152";
  private static final String CARD_B = "6222021234567890128";

  record Op(int kind, int serial, int original, int fen, boolean cardA) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 15),
                Arbitraries.integers().between(1, 15),
                Arbitraries.integers().between(1, 300_000),
                Arbitraries.of(true, false))
            .as(Op::new);
    return op.list().ofMaxSize(60);
  }

  @Property(tries = 150)
  void theBooksAlwaysBalanceAndReplayExactly(@ForAll("ops") List<Op> ops) {
    InMemoryEventJournal journal = new InMemoryEventJournal();
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), Effects.CHINA);
    BankCore core = new BankCore(journal, BankRules.DEFAULT, clock);
    setUp(core);
    for (Op op : ops) {
      apply(core, op);
      core.inspect(BooksProperties::assertBalanced);
    }
    BankCore replayed = new BankCore(journal, BankRules.DEFAULT, clock);
    String before = core.read(BooksProperties::fingerprint);
    assertThat(replayed.read(BooksProperties::fingerprint)).isEqualTo(before);
  }

  private static void setUp(BankCore core) {
    RandomSource random = RandomSource.seeded(1);
    core.change(
        ctx ->
            CounterDesk.openAccount(
                ctx, random, CARD_A, "张三", "11010119900307123X", "13812345678", "111111", 500_000));
    core.change(
        ctx ->
            CounterDesk.openAccount(
                ctx, random, CARD_B, "李四", "11010119900307456X", "13912345678", "222222", 500_000));
    core.change(ctx -> List.<BookEvent>of(new BookEvent.BrokerSignedIn("b", ctx.bankDate())));
    core.execute(
        "b",
        null,
        ctx ->
            BindingDesk.designate(
                ctx,
                "b",
                new BindingRequest(
                    "D1", "100000000001", "张三", "11010119900307123X", "13812345678", CARD_A, null),
                "111111"));
    core.execute(
        "b",
        null,
        ctx ->
            BindingDesk.designate(
                ctx,
                "b",
                new BindingRequest(
                    "D2", "100000000002", "李四", "11010119900307456X", "13912345678", CARD_B, null),
                "222222"));
  }

  private static void apply(BankCore core, Op op) {
    String serial = "T" + op.serial();
    if (op.kind() == 2) {
      ReversalRequest r = new ReversalRequest("R" + op.serial(), "T" + op.original());
      core.execute(
          "b",
          new BankCore.Keyed("reversal", r.brokerSerial(), WireJson.write(r)),
          ctx -> ReversalDesk.reverse(ctx, "b", r));
      return;
    }
    String direction = op.kind() == 0 ? "BANK_TO_SECURITIES" : "SECURITIES_TO_BANK";
    String card = op.cardA() ? CARD_A : CARD_B;
    String fund = op.cardA() ? "100000000001" : "100000000002";
    String password = op.cardA() ? "111111" : "222222";
    TransferRequest t =
        new TransferRequest(
            serial,
            direction,
            fund,
            card,
            java.math.BigDecimal.valueOf(op.fen(), 2).toPlainString(),
            "CNY",
            null,
            null);
    Answer a =
        core.execute(
            "b",
            new BankCore.Keyed(ReversalDesk.TRANSFER_OPERATION, serial, WireJson.write(t)),
            ctx -> TransferDesk.transfer(ctx, "b", t, password));
    assertThat(a.code().kind())
        .isIn(
            BankResultCode.Kind.SUCCESS, BankResultCode.Kind.REFUSAL, BankResultCode.Kind.REJECTED);
  }

  private static void assertBalanced(Books books) {
    assertThat(books.summaryBalances().getOrDefault("b", 0L))
        .isEqualTo(books.managementTotals().getOrDefault("b", 0L));
    assertThat(books.totalMoney()).isEqualTo(books.cashPaidIn());
    assertThat(books.bankBalance(CARD_A)).isNotNegative();
    assertThat(books.bankBalance(CARD_B)).isNotNegative();
    assertThat(books.managementBalance("b", "100000000001")).isNotNegative();
    assertThat(books.managementBalance("b", "100000000002")).isNotNegative();
  }

  private static String fingerprint(Books books) {
    return books.transfers()
        + "|"
        + books.summaryBalances()
        + "|"
        + books.managementTotals()
        + "|"
        + books.bankBalance(CARD_A)
        + "|"
        + books.bankBalance(CARD_B)
        + "|"
        + books.entries().size();
  }
}
