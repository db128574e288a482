package io.openbroker.transfer.internal.flow;

import io.openbroker.transfer.TransferDirection;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferState;
import io.openbroker.transfer.internal.ledger.LedgerSql;
import io.openbroker.transfer.internal.ledger.Posting;
import io.openbroker.transfer.spi.FundLedger;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The fund-ledger booking that ends a decided transfer (SPEC §7.1): a deposit that succeeded is
 * credited; a withdrawal's freeze is settled on success and released otherwise. Each is idempotent
 * by serial, so booking again after a crash changes nothing.
 */
enum Booking {
  CREDIT,
  SETTLE,
  RELEASE,
  NONE;

  /** The booking that ends {@code r} (decided: SUCCEEDED, FAILED or REVERSED). */
  static Booking of(TransferRecord r) {
    boolean deposit = r.direction() == TransferDirection.BANK_TO_SECURITIES;
    boolean succeeded = r.state() == TransferState.SUCCEEDED;
    if (deposit) {
      return succeeded ? CREDIT : NONE;
    }
    return succeeded ? SETTLE : RELEASE;
  }

  /** Books through the ledger SPI (a transaction of the ledger's own). */
  void apply(FundLedger ledger, TransferRecord r) {
    switch (this) {
      case CREDIT -> ledger.credit(r.serial(), r.fundAccount(), r.amount());
      case SETTLE -> ledger.settle(r.serial());
      case RELEASE -> ledger.release(r.serial());
      case NONE -> {}
    }
  }

  /** Books on {@code c}, inside a journal transaction (the JDBC ledger in the same database). */
  Void apply(LedgerSql sql, Connection c, TransferRecord r) throws SQLException {
    switch (this) {
      case CREDIT ->
          sql.credit(c, new Posting(r.serial(), Posting.Kind.CREDIT, r.fundAccount(), r.amount()));
      case SETTLE -> sql.finishFreeze(c, r.serial(), true);
      case RELEASE -> sql.finishFreeze(c, r.serial(), false);
      case NONE -> {}
    }
    return null;
  }
}
