package io.openbroker.transfer.internal.ledger;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;

/** Row-level SQL of the fund ledger's three tables (portable: H2 and PostgreSQL). */
final class LedgerRows {

  /** SQLSTATE of a unique-key violation (H2 and PostgreSQL alike). */
  private static final String DUPLICATE_KEY = "23505";

  private LedgerRows() {}

  /**
   * The posting, not locked: enough to see whether a serial was already posted, since the posting's
   * primary key refuses a second insert in any case; a change of its state goes through {@link
   * #transition}.
   */
  static Optional<StoredPosting> posting(Connection c, BusinessSerial serial, Posting.Kind kind)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT fund_account, amount_fen, state FROM fund_ledger_posting"
                + " WHERE serial = ? AND kind = ?")) {
      s.setString(1, serial.value());
      s.setString(2, kind.name());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredPosting(
                serial,
                kind,
                FundAccount.parse(rs.getString(1)),
                rs.getLong(2),
                Posting.State.valueOf(rs.getString(3))));
      }
    }
  }

  static void insertPosting(Connection c, Posting p, Posting.State state, long now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO fund_ledger_posting (serial, kind, fund_account, amount_fen, state,"
                + " posted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, p.serial().value());
      s.setString(2, p.kind().name());
      s.setString(3, p.account().value());
      s.setLong(4, p.amount().fen());
      s.setString(5, state.name());
      s.setLong(6, now);
      s.executeUpdate();
    }
  }

  /**
   * Moves a posting from {@code from} to {@code to}, if it is in {@code from}: the row lock makes
   * it happen once however many transactions try.
   */
  static boolean transition(
      Connection c, BusinessSerial serial, Posting.Kind kind, Posting.State from, Posting.State to)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE fund_ledger_posting SET state = ? WHERE serial = ? AND kind = ?"
                + " AND state = ?")) {
      s.setString(1, to.name());
      s.setString(2, serial.value());
      s.setString(3, kind.name());
      s.setString(4, from.name());
      return s.executeUpdate() == 1;
    }
  }

  /** The account row, locked for this transaction; created at zero if missing. */
  static AccountRow lockAccount(Connection c, FundAccount account) throws SQLException {
    Optional<AccountRow> row = account(c, account, true);
    if (row.isPresent()) {
      return row.get();
    }
    // Created here, or by a transaction that got there first: either way it is there now.
    insertAccount(c, account, 0, 0, 0);
    return account(c, account, true).orElseThrow();
  }

  /**
   * Creates the account row with these balances, unless a concurrent transaction created it first
   * (its primary key refuses a second row): false then, and this transaction goes on as if the
   * insert had not been tried (it is undone to a savepoint, without which PostgreSQL would refuse
   * every later statement of the transaction). Two first postings to a new account at once, from
   * two transactions (a transactor's pooled connections, or two nodes), otherwise failed one of
   * them.
   */
  private static boolean insertAccount(
      Connection c, FundAccount account, long available, long withdrawable, long frozen)
      throws SQLException {
    Savepoint before = c.setSavepoint();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO fund_ledger_account (fund_account, currency, available_fen,"
                + " withdrawable_fen, frozen_fen) VALUES (?, 'CNY', ?, ?, ?)")) {
      s.setString(1, account.value());
      s.setLong(2, available);
      s.setLong(3, withdrawable);
      s.setLong(4, frozen);
      s.executeUpdate();
    } catch (SQLException e) {
      if (!DUPLICATE_KEY.equals(e.getSQLState())) {
        throw e;
      }
      c.rollback(before);
      return false;
    }
    c.releaseSavepoint(before);
    return true;
  }

  static Optional<AccountRow> account(Connection c, FundAccount account, boolean lock)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT available_fen, withdrawable_fen, frozen_fen FROM fund_ledger_account"
                + " WHERE fund_account = ?"
                + (lock ? " FOR UPDATE" : ""))) {
      s.setString(1, account.value());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new AccountRow(account, rs.getLong(1), rs.getLong(2), rs.getLong(3)));
      }
    }
  }

  /**
   * Adds the deltas to {@code account}'s balances if its withdrawable balance is at least {@code
   * atLeast}, in one conditional {@code UPDATE} whose row lock makes check and change atomic: a
   * round trip less than a locking read and a write on PostgreSQL, and H2 parses a {@code SELECT …
   * FOR UPDATE} afresh on every call.
   *
   * @return false if the account has less (or does not exist): nothing changed
   */
  static boolean takeIfWithdrawable(
      Connection c,
      FundAccount account,
      long dAvailable,
      long dWithdrawable,
      long dFrozen,
      long atLeast)
      throws SQLException {
    return update(c, account, dAvailable, dWithdrawable, dFrozen, atLeast) == 1;
  }

  /** Adds the deltas to {@code account}'s balances, creating the account with them if missing. */
  static void add(
      Connection c, FundAccount account, long dAvailable, long dWithdrawable, long dFrozen)
      throws SQLException {
    if (update(c, account, dAvailable, dWithdrawable, dFrozen, Long.MIN_VALUE) == 1
        || insertAccount(c, account, dAvailable, dWithdrawable, dFrozen)
        // Another transaction has just created it: now there is a row to update.
        || update(c, account, dAvailable, dWithdrawable, dFrozen, Long.MIN_VALUE) == 1) {
      return;
    }
    throw new SQLException("the fund account row was not found after its creation", "40001");
  }

  private static int update(
      Connection c,
      FundAccount account,
      long dAvailable,
      long dWithdrawable,
      long dFrozen,
      long min)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE fund_ledger_account SET available_fen = available_fen + ?,"
                + " withdrawable_fen = withdrawable_fen + ?, frozen_fen = frozen_fen + ?"
                + " WHERE fund_account = ? AND withdrawable_fen >= ?")) {
      s.setLong(1, dAvailable);
      s.setLong(2, dWithdrawable);
      s.setLong(3, dFrozen);
      s.setString(4, account.value());
      s.setLong(5, min);
      return s.executeUpdate();
    }
  }

  static void updateAccount(Connection c, AccountRow a) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE fund_ledger_account SET available_fen = ?, withdrawable_fen = ?,"
                + " frozen_fen = ? WHERE fund_account = ?")) {
      s.setLong(1, a.available());
      s.setLong(2, a.withdrawable());
      s.setLong(3, a.frozen());
      s.setString(4, a.account().value());
      s.executeUpdate();
    }
  }

  static void insertLine(
      Connection c,
      BusinessSerial serial,
      String kind,
      String accountCode,
      FundAccount account,
      long debitFen,
      long creditFen,
      long now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO fund_ledger_line (serial, kind, account_code, fund_account, debit_fen,"
                + " credit_fen, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, serial.value());
      s.setString(2, kind);
      s.setString(3, accountCode);
      s.setString(4, account.value());
      s.setLong(5, debitFen);
      s.setLong(6, creditFen);
      s.setLong(7, now);
      s.executeUpdate();
    }
  }
}
