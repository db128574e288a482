package io.openbroker.transfer.internal.journal;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.store.SchemaMigrator;
import io.openbroker.core.store.SqlWork;
import io.openbroker.core.store.Transactions;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferState;
import io.openbroker.transfer.spi.AccountActivity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transfer journal in JDBC (H2 or PostgreSQL). A row is driven only by the node holding its
 * lease; claiming is one conditional {@code UPDATE} (the database's row lock makes it atomic, so
 * two nodes never both win), and every later write is conditional on the claim's epoch. Each write
 * also appends to the decision log ({@code transfer_event}) in the same transaction.
 */
public final class JdbcTransferJournal {

  /** The journal's schema scripts, in order (the inbound handler's table is among them). */
  public static final List<String> MIGRATIONS =
      List.of(
          "/db/transfer/V1__journal.sql",
          "/db/transfer/V2__event_id_cache.sql",
          "/db/transfer/V3__open_set.sql");

  private final Transactions tx;

  private JdbcTransferJournal(Transactions tx) {
    this.tx = tx;
  }

  /** Opens the journal in the database of {@code tx}, creating its tables if needed. */
  public static JdbcTransferJournal open(Transactions tx) {
    new SchemaMigrator(tx, "transfer-journal", JdbcTransferJournal.class).migrate(MIGRATIONS);
    return new JdbcTransferJournal(tx);
  }

  /**
   * Creates the index the risk policy's {@link #activity} query needs, if it is missing. Only a
   * service whose policy reads activity asks for it: a random leaf of this index is rewritten with
   * every transfer (a fifth of the journal writer's time on H2 under load), which is waste for a
   * broker whose risk checks live elsewhere. On a large journal the first call takes a while.
   */
  public void indexActivity() {
    tx.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "CREATE INDEX IF NOT EXISTS transfer_journal_account"
                      + " ON transfer_journal (fund_account, created_at)")) {
            return s.executeUpdate();
          }
        });
  }

  /**
   * Inserts a new row leased to {@code owner}, or returns the row already under that serial.
   *
   * @return empty if inserted; the existing row otherwise
   */
  public Optional<JournalRow> insertOrFind(TransferRecord record, String owner, long leaseUntil) {
    return insertIf(c -> true, record, owner, leaseUntil, "") instanceof Insertion.Existing e
        ? Optional.of(e.row())
        : Optional.empty();
  }

  /**
   * As {@link #insertOrFind}, running {@code condition} (e.g. a withdrawal's freeze in the fund
   * ledger, in the same database) in the same transaction after the insert: if it does not hold,
   * neither happens.
   *
   * @param note appended to the decision logged with the insert (e.g. "; frozen")
   */
  public Insertion insertIf(
      SqlWork<Boolean> condition,
      TransferRecord record,
      String owner,
      long leaseUntil,
      String note) {
    try {
      tx.inTransaction(
          c -> {
            JournalSql.insert(c, record, owner, leaseUntil);
            JournalSql.event(c, record, owner, insertDetail(record, note));
            if (!condition.run(c)) {
              throw new ConditionFailed();
            }
            return null;
          });
      return new Insertion.Inserted();
    } catch (ConditionFailed e) {
      return new Insertion.NotHeld();
    } catch (TransientException e) {
      if (e.code() != CoreErrorCode.STORE_CONFLICT) {
        throw e;
      }
      return new Insertion.Existing(findRow(record.serial()).orElseThrow(() -> e));
    }
  }

  private static String insertDetail(TransferRecord record, String note) {
    if (record.state() == TransferState.FAILED) {
      return "refused before sending: " + record.resultCode() + " " + record.resultMessage();
    }
    return "journaled "
        + record.direction()
        + note
        + (record.state() == TransferState.SENT ? "; send #1" : "");
  }

  /**
   * Writes {@code record} if the row is still held under {@code epoch}, renewing the lease.
   *
   * @return false if another node has claimed the row since (nothing written)
   */
  public boolean write(
      TransferRecord record, String owner, long epoch, long leaseUntil, String decision) {
    return write(record, owner, epoch, leaseUntil, decision, c -> null);
  }

  /**
   * As {@link #write}, and running {@code alongside} (SQL of a store in the same database, e.g. the
   * fund ledger's posting) in the same transaction after the write: the posting happens exactly
   * when the write does.
   *
   * @return false if another node has claimed the row since (nothing written, nothing run)
   */
  public boolean write(
      TransferRecord record,
      String owner,
      long epoch,
      long leaseUntil,
      String decision,
      SqlWork<?> alongside) {
    return tx.inTransaction(
        c -> {
          if (!JournalSql.update(c, record, epoch, leaseUntil)) {
            return false;
          }
          JournalSql.event(c, record, owner, decision);
          alongside.run(c);
          return true;
        });
  }

  /**
   * Writes {@code record} as {@link #write} does and runs {@code condition} (e.g. a freeze in the
   * fund ledger, in the same database) in the same transaction; if the condition does not hold,
   * neither happens.
   *
   * @return empty if the condition did not hold (nothing changed); else whether the write happened
   */
  public Optional<Boolean> writeIf(
      SqlWork<Boolean> condition,
      TransferRecord record,
      String owner,
      long epoch,
      long leaseUntil,
      String decision) {
    try {
      return Optional.of(
          write(
              record,
              owner,
              epoch,
              leaseUntil,
              decision,
              c -> {
                if (!condition.run(c)) {
                  throw new ConditionFailed();
                }
                return null;
              }));
    } catch (ConditionFailed e) {
      return Optional.empty();
    }
  }

  /** Rolls back a {@link #writeIf} whose condition failed; carries no stack trace. */
  private static final class ConditionFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConditionFailed() {
      super("condition failed", null, false, false);
    }
  }

  /**
   * Claims an unfinished row whose lease ran out: one conditional update, so of several nodes
   * trying at once exactly one succeeds.
   */
  public Optional<JournalRow> claim(
      BusinessSerial serial, String owner, long now, long leaseUntil) {
    return tx.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE transfer_journal SET owner_node = ?, epoch = epoch + 1,"
                      + " lease_until = ? WHERE serial = ? AND ledger_done = FALSE"
                      + " AND lease_until < ?")) {
            s.setString(1, owner);
            s.setLong(2, leaseUntil);
            s.setString(3, serial.value());
            s.setLong(4, now);
            if (s.executeUpdate() != 1) {
              return Optional.<JournalRow>empty();
            }
          }
          return JournalSql.select(c, serial);
        });
  }

  /** Unfinished rows whose lease ran out, oldest first. */
  public List<BusinessSerial> claimable(long now, int limit) {
    return tx.inTransaction(
        c -> {
          List<BusinessSerial> serials = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT j.serial FROM transfer_open o JOIN transfer_journal j"
                      + " ON j.serial = o.serial WHERE j.ledger_done = FALSE"
                      + " AND j.lease_until < ? ORDER BY j.created_at, j.serial LIMIT ?")) {
            s.setLong(1, now);
            s.setInt(2, limit);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                serials.add(BusinessSerial.parse(rs.getString(1)));
              }
            }
          }
          return serials;
        });
  }

  /** Lets the lease of a row go (the drive ended without finishing it). */
  public void letGo(BusinessSerial serial, long epoch) {
    tx.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE transfer_journal SET lease_until = 0 WHERE serial = ? AND epoch = ?")) {
            s.setString(1, serial.value());
            s.setLong(2, epoch);
            return s.executeUpdate();
          }
        });
  }

  /**
   * A fund account's transfers since {@code windowStart} (count, failures) and since {@code
   * dayStart} (amounts not failed, per direction), for the risk policy.
   */
  public AccountActivity activity(FundAccount fund, long dayStart, long windowStart) {
    return tx.inTransaction(c -> JournalSql.activity(c, fund, dayStart, windowStart));
  }

  /** The row under {@code serial}. */
  public Optional<JournalRow> findRow(BusinessSerial serial) {
    return tx.inTransaction(c -> JournalSql.select(c, serial));
  }

  /** The record under {@code serial}. */
  public Optional<TransferRecord> find(BusinessSerial serial) {
    return findRow(serial).map(JournalRow::record);
  }

  /** Every record, oldest first (for checks and reports). */
  public List<TransferRecord> all() {
    return tx.inTransaction(JournalSql::selectAll);
  }

  /** The decision log of {@code serial}, oldest first, as {@code STATE: detail} lines. */
  public List<String> decisions(BusinessSerial serial) {
    return tx.inTransaction(c -> JournalSql.events(c, serial));
  }
}
