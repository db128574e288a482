package io.openbroker.examples;

import io.openbroker.core.Effects;
import io.openbroker.core.money.CurrencyCode;
import io.openbroker.recon.DetailFileWriter;
import io.openbroker.recon.Direction;
import io.openbroker.recon.FileLayout;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferStatus;
import io.openbroker.transfer.TransferRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The broker's side of the day's reconciliation: the transfer journal written as a transfer detail
 * file (SPEC §9.1), one row per transfer that reached a final state.
 */
final class JournalExport {

  private JournalExport() {}

  /** Writes the final transfers of {@code journal} to {@code file}; returns how many. */
  static int write(List<TransferRecord> journal, String customerName, Path file)
      throws IOException {
    int n = 0;
    try (DetailFileWriter writer = DetailFileWriter.open(file, FileLayout.csv())) {
      for (TransferRecord r : journal) {
        if (r.state().inFlight()) {
          continue;
        }
        writer.write(row(r, customerName));
        n++;
      }
    }
    return n;
  }

  private static io.openbroker.recon.TransferRecord row(TransferRecord r, String customerName) {
    return new io.openbroker.recon.TransferRecord(
        r.bankSerial(),
        r.serial().value(),
        customerName,
        r.fundAccount().value(),
        r.bankAccount().value(),
        Side.BROKER,
        Direction.valueOf(r.direction().name()),
        r.amount().fen(),
        CurrencyCode.CNY,
        LocalDateTime.ofInstant(r.createdAt(), Effects.CHINA),
        status(r),
        0);
  }

  private static TransferStatus status(TransferRecord r) {
    return switch (r.state()) {
      case SUCCEEDED -> TransferStatus.SUCCESS;
      case REVERSED -> TransferStatus.REVERSED;
      default -> TransferStatus.FAILED;
    };
  }
}
