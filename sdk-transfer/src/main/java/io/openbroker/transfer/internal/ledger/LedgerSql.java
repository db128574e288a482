package io.openbroker.transfer.internal.ledger;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.spi.LedgerBalance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The fund ledger's postings, each run inside the caller's transaction. Every posting first looks
 * for its own row (serial, kind): found means already done, and nothing changes. A posting that
 * ends another (settle, release, undo) first moves that posting's state with a conditional update,
 * so of two transactions ending it at once only one books.
 */
public final class LedgerSql {

  /** The ledger's schema scripts, in order (account groups share them). */
  public static final List<String> MIGRATIONS =
      List.of("/db/ledger/V1__ledger.sql", "/db/ledger/V2__line_id_cache.sql");

  private final Clock clock;

  public LedgerSql(Clock clock) {
    this.clock = clock;
  }

  /** Holds a withdrawal's amount; false (and remembered) when withdrawable is too low. */
  public boolean freeze(Connection c, Posting p) throws SQLException {
    Optional<StoredPosting> done = LedgerRows.posting(c, p.serial(), Posting.Kind.FREEZE);
    if (done.isPresent()) {
      return done.get().state() != Posting.State.REFUSED;
    }
    long fen = p.amount().fen();
    if (!LedgerRows.takeIfWithdrawable(c, p.account(), -fen, -fen, fen, fen)) {
      LedgerRows.insertPosting(c, p, Posting.State.REFUSED, clock.millis());
      return false;
    }
    LedgerRows.insertPosting(c, p, Posting.State.FROZEN, clock.millis());
    return true;
  }

  /** Settles (the withdrawal left) or releases (it failed) a freeze; a no-op unless FROZEN. */
  public Void finishFreeze(Connection c, BusinessSerial serial, boolean settle)
      throws SQLException {
    Posting.State end = settle ? Posting.State.SETTLED : Posting.State.RELEASED;
    if (!LedgerRows.transition(c, serial, Posting.Kind.FREEZE, Posting.State.FROZEN, end)) {
      return null;
    }
    StoredPosting p = LedgerRows.posting(c, serial, Posting.Kind.FREEZE).orElseThrow();
    long fen = p.amountFen();
    if (settle) {
      LedgerRows.add(c, p.account(), 0, 0, -fen);
      lines(
          c, p.serial(), "SETTLE", p.account(), Posting.CLIENT_MARGIN, Posting.BANK_DEPOSITS, fen);
    } else {
      LedgerRows.add(c, p.account(), fen, fen, -fen);
    }
    return null;
  }

  /** Books a deposit once. */
  public Void credit(Connection c, Posting p) throws SQLException {
    if (LedgerRows.posting(c, p.serial(), Posting.Kind.CREDIT).isPresent()) {
      return null;
    }
    long fen = p.amount().fen();
    LedgerRows.add(c, p.account(), fen, fen, 0);
    LedgerRows.insertPosting(c, p, Posting.State.BOOKED, clock.millis());
    lines(c, p.serial(), "CREDIT", p.account(), Posting.BANK_DEPOSITS, Posting.CLIENT_MARGIN, fen);
    return null;
  }

  /** Books a bank-initiated withdrawal once; false (and remembered) when not withdrawable. */
  public boolean debit(Connection c, Posting p) throws SQLException {
    Optional<StoredPosting> done = LedgerRows.posting(c, p.serial(), Posting.Kind.DEBIT);
    if (done.isPresent()) {
      return done.get().state() != Posting.State.REFUSED;
    }
    long fen = p.amount().fen();
    if (!LedgerRows.takeIfWithdrawable(c, p.account(), -fen, -fen, 0, fen)) {
      LedgerRows.insertPosting(c, p, Posting.State.REFUSED, clock.millis());
      return false;
    }
    LedgerRows.insertPosting(c, p, Posting.State.BOOKED, clock.millis());
    lines(c, p.serial(), "DEBIT", p.account(), Posting.CLIENT_MARGIN, Posting.BANK_DEPOSITS, fen);
    return true;
  }

  /** Moves withdrawable money between two accounts once; locks them in a fixed order. */
  public boolean move(Connection c, Posting p, FundAccount to) throws SQLException {
    Optional<StoredPosting> done = LedgerRows.posting(c, p.serial(), Posting.Kind.MOVE);
    if (done.isPresent()) {
      return done.get().state() != Posting.State.REFUSED;
    }
    boolean fromFirst = p.account().value().compareTo(to.value()) < 0;
    AccountRow first = LedgerRows.lockAccount(c, fromFirst ? p.account() : to);
    AccountRow second = LedgerRows.lockAccount(c, fromFirst ? to : p.account());
    AccountRow source = fromFirst ? first : second;
    AccountRow target = fromFirst ? second : first;
    long fen = p.amount().fen();
    if (source.withdrawable() < fen) {
      LedgerRows.insertPosting(c, p, Posting.State.REFUSED, clock.millis());
      return false;
    }
    LedgerRows.updateAccount(c, source.plus(-fen, -fen, 0));
    LedgerRows.updateAccount(c, target.plus(fen, fen, 0));
    LedgerRows.insertPosting(c, p, Posting.State.BOOKED, clock.millis());
    long now = clock.millis();
    LedgerRows.insertLine(c, p.serial(), "MOVE", Posting.CLIENT_MARGIN, p.account(), fen, 0, now);
    LedgerRows.insertLine(c, p.serial(), "MOVE", Posting.CLIENT_MARGIN, to, 0, fen, now);
    return true;
  }

  /** Undoes a booked credit or debit once (a reversal from the bank). */
  public Void undo(Connection c, BusinessSerial serial) throws SQLException {
    for (Posting.Kind kind : new Posting.Kind[] {Posting.Kind.CREDIT, Posting.Kind.DEBIT}) {
      if (!LedgerRows.transition(c, serial, kind, Posting.State.BOOKED, Posting.State.UNDONE)) {
        continue;
      }
      StoredPosting p = LedgerRows.posting(c, serial, kind).orElseThrow();
      long fen = kind == Posting.Kind.CREDIT ? -p.amountFen() : p.amountFen();
      LedgerRows.add(c, p.account(), fen, fen, 0);
      String debit = fen < 0 ? Posting.CLIENT_MARGIN : Posting.BANK_DEPOSITS;
      String credit = fen < 0 ? Posting.BANK_DEPOSITS : Posting.CLIENT_MARGIN;
      lines(c, serial, "UNDO", p.account(), debit, credit, Math.abs(fen));
    }
    return null;
  }

  public LedgerBalance balance(Connection c, FundAccount account) throws SQLException {
    Optional<AccountRow> a = LedgerRows.account(c, account, false);
    AccountRow row = a.orElse(new AccountRow(account, 0, 0, 0));
    return new LedgerBalance(
        Money.ofFen(row.available()), Money.ofFen(row.withdrawable()), Money.ofFen(row.frozen()));
  }

  public Money accountingBalance(Connection c, String code) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COALESCE(SUM(debit_fen - credit_fen), 0) FROM fund_ledger_line"
                + " WHERE account_code = ?")) {
      s.setString(1, code);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return Money.ofFen(rs.getLong(1));
      }
    }
  }

  private void lines(
      Connection c,
      BusinessSerial serial,
      String kind,
      FundAccount account,
      String debitAccount,
      String creditAccount,
      long fen)
      throws SQLException {
    long now = clock.millis();
    LedgerRows.insertLine(c, serial, kind, debitAccount, account, fen, 0, now);
    LedgerRows.insertLine(c, serial, kind, creditAccount, account, 0, fen, now);
  }
}
