package io.openbroker.recon;

import io.openbroker.core.money.CurrencyCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Records and files for sdk-recon's tests. */
final class Fixtures {

  static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  private Fixtures() {}

  /** A successful broker-initiated deposit of {@code fen} at 10:00 on {@link #DAY}. */
  static TransferRecord record(String bankSerial, String brokerSerial, long fen) {
    return new TransferRecord(
        bankSerial,
        brokerSerial,
        "张三",
        "008800001234",
        "6222020000001234",
        Side.BROKER,
        Direction.BANK_TO_SECURITIES,
        fen,
        CurrencyCode.CNY,
        DAY.atTime(10, 0),
        TransferStatus.SUCCESS,
        0);
  }

  static TransferRecord withInitiator(TransferRecord r, Side initiator) {
    return copy(
        r,
        initiator,
        r.direction(),
        r.amountFen(),
        r.status(),
        r.tradeTime(),
        r.fundAccount(),
        r.bankAccount());
  }

  static TransferRecord withDirection(TransferRecord r, Direction d) {
    return copy(
        r,
        r.initiator(),
        d,
        r.amountFen(),
        r.status(),
        r.tradeTime(),
        r.fundAccount(),
        r.bankAccount());
  }

  static TransferRecord withAmount(TransferRecord r, long fen) {
    return copy(
        r,
        r.initiator(),
        r.direction(),
        fen,
        r.status(),
        r.tradeTime(),
        r.fundAccount(),
        r.bankAccount());
  }

  static TransferRecord withStatus(TransferRecord r, TransferStatus s) {
    return copy(
        r,
        r.initiator(),
        r.direction(),
        r.amountFen(),
        s,
        r.tradeTime(),
        r.fundAccount(),
        r.bankAccount());
  }

  static TransferRecord withTime(TransferRecord r, LocalDateTime t) {
    return copy(
        r,
        r.initiator(),
        r.direction(),
        r.amountFen(),
        r.status(),
        t,
        r.fundAccount(),
        r.bankAccount());
  }

  static TransferRecord withAccounts(TransferRecord r, String fund, String bank) {
    return copy(
        r, r.initiator(), r.direction(), r.amountFen(), r.status(), r.tradeTime(), fund, bank);
  }

  static TransferRecord withSerials(TransferRecord r, String bankSerial, String brokerSerial) {
    return new TransferRecord(
        bankSerial,
        brokerSerial,
        r.customerName(),
        r.fundAccount(),
        r.bankAccount(),
        r.initiator(),
        r.direction(),
        r.amountFen(),
        r.currency(),
        r.tradeTime(),
        r.status(),
        0);
  }

  private static TransferRecord copy(
      TransferRecord r,
      Side i,
      Direction d,
      long fen,
      TransferStatus s,
      LocalDateTime t,
      String fund,
      String bank) {
    return new TransferRecord(
        r.bankSerial(),
        r.brokerSerial(),
        r.customerName(),
        fund,
        bank,
        i,
        d,
        fen,
        r.currency(),
        t,
        s,
        0);
  }

  /** Writes {@code records} as a default-layout CSV file. */
  static Path csv(Path dir, String name, List<TransferRecord> records) throws IOException {
    Path file = dir.resolve(name);
    try (DetailFileWriter w = DetailFileWriter.open(file, FileLayout.csv())) {
      for (TransferRecord r : records) {
        w.write(r);
      }
    }
    return file;
  }

  /** Runs a default reconciliation of two record lists; returns summary and exceptions. */
  static Result reconcile(Path dir, List<TransferRecord> bank, List<TransferRecord> broker)
      throws IOException {
    return reconcile(
        Reconciler.builder(BusinessWindow.calendarDay(DAY)).build(),
        csv(dir, "bank.csv", bank),
        csv(dir, "broker.csv", broker));
  }

  static Result reconcile(Reconciler reconciler, Path bank, Path broker) {
    List<Discrepancy> found = new ArrayList<>();
    List<MalformedLine> malformed = new ArrayList<>();
    ReconSummary summary =
        reconciler.reconcile(
            bank,
            broker,
            found::add,
            new ReconListener() {
              @Override
              public void malformed(MalformedLine line) {
                malformed.add(line);
              }
            });
    return new Result(summary, found, malformed);
  }

  record Result(ReconSummary summary, List<Discrepancy> exceptions, List<MalformedLine> malformed) {
    Discrepancy only() {
      if (exceptions.size() != 1) {
        throw new AssertionError("expected exactly one exception, got " + exceptions);
      }
      return exceptions.get(0);
    }
  }
}
