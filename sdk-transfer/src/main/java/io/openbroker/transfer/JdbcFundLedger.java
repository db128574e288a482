package io.openbroker.transfer;

import io.openbroker.core.TransientException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.SchemaMigrator;
import io.openbroker.core.store.SqlWork;
import io.openbroker.core.store.Transactions;
import io.openbroker.core.store.Transactor;
import io.openbroker.transfer.internal.ledger.LedgerSql;
import io.openbroker.transfer.internal.ledger.Posting;
import io.openbroker.transfer.spi.FundLedger;
import io.openbroker.transfer.spi.LedgerBalance;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The shipped {@link FundLedger}: balances, postings and double-entry lines in three JDBC tables
 * (H2 or PostgreSQL). Each posting runs in one transaction that locks the account row, so
 * concurrent transfers on one account serialise; the posting's primary key {@code (serial, kind)}
 * makes it exactly-once.
 *
 * <pre>{@code
 * JdbcFundLedger ledger = JdbcFundLedger.open(StoreLocation.h2File(dir, "broker").dataSource(), clock);
 * }</pre>
 */
public final class JdbcFundLedger implements FundLedger {

  private static final int MAX_ATTEMPTS = 5;

  private final Transactions tx;
  private final LedgerSql sql;

  private JdbcFundLedger(Transactions tx, Clock clock) {
    this.tx = tx;
    this.sql = new LedgerSql(clock);
  }

  /**
   * Opens the ledger in {@code dataSource}, creating its tables if needed; each posting takes a
   * connection of its own.
   */
  public static JdbcFundLedger open(DataSource dataSource, Clock clock) {
    return open(new Transactor(Objects.requireNonNull(dataSource, "dataSource")), clock);
  }

  /**
   * Opens the ledger on {@code tx}, creating its tables if needed: pass the {@link
   * io.openbroker.core.store.GroupCommitter} the transfer journal uses, and a transfer's journal
   * write and posting share commits with the other transfers in flight.
   */
  public static JdbcFundLedger open(Transactions tx, Clock clock) {
    Objects.requireNonNull(tx, "tx");
    new SchemaMigrator(tx, "fund-ledger", JdbcFundLedger.class).migrate(LedgerSql.MIGRATIONS);
    return new JdbcFundLedger(tx, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * This ledger's SQL if it runs on {@code journal} (the same {@link Transactions} instance), so
   * that a transfer's postings can join its journal writes in one transaction.
   */
  Optional<LedgerSql> sqlOn(Transactions journal) {
    return tx == journal ? Optional.of(sql) : Optional.empty();
  }

  @Override
  public boolean freeze(BusinessSerial serial, FundAccount account, Money amount) {
    return run(c -> sql.freeze(c, new Posting(serial, Posting.Kind.FREEZE, account, amount)));
  }

  @Override
  public void settle(BusinessSerial serial) {
    run(c -> sql.finishFreeze(c, serial, true));
  }

  @Override
  public void release(BusinessSerial serial) {
    run(c -> sql.finishFreeze(c, serial, false));
  }

  @Override
  public void credit(BusinessSerial serial, FundAccount account, Money amount) {
    run(c -> sql.credit(c, new Posting(serial, Posting.Kind.CREDIT, account, amount)));
  }

  @Override
  public boolean debit(BusinessSerial serial, FundAccount account, Money amount) {
    return run(c -> sql.debit(c, new Posting(serial, Posting.Kind.DEBIT, account, amount)));
  }

  @Override
  public boolean move(BusinessSerial serial, FundAccount from, FundAccount to, Money amount) {
    if (from.equals(to)) {
      throw new IllegalArgumentException("a move needs two different accounts");
    }
    return run(c -> sql.move(c, new Posting(serial, Posting.Kind.MOVE, from, amount), to));
  }

  @Override
  public void undo(BusinessSerial serial) {
    run(c -> sql.undo(c, serial));
  }

  @Override
  public LedgerBalance balance(FundAccount account) {
    return run(c -> sql.balance(c, account));
  }

  /** Runs one posting; a lock timeout or write conflict is retried (postings are idempotent). */
  private <T> T run(SqlWork<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.inTransaction(work);
      } catch (TransientException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * The net debit balance of an accounting account over all lines (debits minus credits), e.g.
   * {@link Posting#BANK_DEPOSITS} — which must equal the bank's summary account.
   */
  public Money accountingBalance(String accountCode) {
    return run(c -> sql.accountingBalance(c, accountCode));
  }
}
