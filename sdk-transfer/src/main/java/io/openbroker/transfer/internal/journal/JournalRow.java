package io.openbroker.transfer.internal.journal;

import io.openbroker.transfer.TransferRecord;
import java.util.Objects;

/**
 * A journal row with its lease: {@code epoch} counts claims, and every write is conditional on it,
 * so a node that lost its lease can no longer change the row (fencing).
 */
public record JournalRow(TransferRecord record, String owner, long epoch, long leaseUntil) {

  public JournalRow {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(owner, "owner");
  }
}
