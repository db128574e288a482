package io.openbroker.recon.internal;

import io.openbroker.recon.Direction;
import io.openbroker.recon.DrillExpectation;
import io.openbroker.recon.ReconClass;
import io.openbroker.recon.ReconDrill.Sink;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import io.openbroker.recon.TransferStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/** The discrepancies a {@link io.openbroker.recon.ReconDrill} injects, one kind per key. */
public final class DrillInjections {

  /** The kinds of injection, drawn uniformly. */
  public enum Kind {
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

  private final LocalDate date;

  public DrillInjections(LocalDate date) {
    this.date = date;
  }

  /** Writes {@code b} into {@code sink} with the discrepancy {@code kind}, and its expectation. */
  public void inject(Kind kind, TransferRecord b, SplittableRandom random, Sink sink) {
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
