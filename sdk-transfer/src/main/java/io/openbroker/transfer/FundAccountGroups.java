package io.openbroker.transfer;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.InvalidInputException;
import io.openbroker.core.TransientException;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.core.store.SchemaMigrator;
import io.openbroker.core.store.Transactor;
import io.openbroker.transfer.internal.ledger.LedgerSql;
import io.openbroker.transfer.spi.FundLedger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * 主 / 辅助资金账户 — a client's fund accounts (SPEC §7.5): one primary, bound at the depository bank, and
 * at most 4 auxiliary accounts inside the broker. Money moves between them through the fund ledger
 * ({@link FundLedger#move}, once per serial); {@link #sweep} (资金归集) brings every auxiliary balance
 * back into the primary. The bank's client management account of the primary mirrors the whole
 * group — except auxiliaries bound at a bank of their own ({@link FundAccountBanks}): given the
 * registry, a move between accounts mirrored at different banks is refused ({@code
 * CROSS_BANK_MOVE}: only a withdrawal at one bank and a deposit at the other can carry it, or the
 * banks' books would no longer match the ledger), and a sweep leaves such auxiliaries alone.
 *
 * <pre>{@code
 * FundAccountGroups groups = FundAccountGroups.open(dataSource, ledger, clock);
 * groups.openPrimary(primary);
 * groups.addAuxiliary(primary, auxiliary);
 * groups.move(serial, primary, auxiliary, Money.parse("300.00"));
 * groups.sweep("SWEEP20261120", primary);
 * // with auxiliaries bound at other banks:
 * FundAccountGroups groups = FundAccountGroups.open(dataSource, ledger, clock, fundAccountBanks);
 * }</pre>
 */
public final class FundAccountGroups {

  /** The most auxiliary accounts one client may have. */
  public static final int MAX_AUXILIARY = 4;

  private final Transactor tx;
  private final FundLedger ledger;
  private final Clock clock;
  private final Optional<FundAccountBanks> banks;

  private FundAccountGroups(
      Transactor tx, FundLedger ledger, Clock clock, Optional<FundAccountBanks> banks) {
    this.tx = tx;
    this.ledger = ledger;
    this.clock = clock;
    this.banks = banks;
  }

  /**
   * Opens the account groups in {@code dataSource} (the ledger's database), every account of a
   * group mirrored at the primary's bank.
   */
  public static FundAccountGroups open(DataSource dataSource, FundLedger ledger, Clock clock) {
    return open(dataSource, ledger, clock, Optional.empty());
  }

  /**
   * Opens the account groups where an auxiliary may be bound at a bank of its own: {@code banks}
   * says which; an account without a binding there is mirrored at its primary's bank.
   */
  public static FundAccountGroups open(
      DataSource dataSource, FundLedger ledger, Clock clock, FundAccountBanks banks) {
    return open(dataSource, ledger, clock, Optional.of(Objects.requireNonNull(banks, "banks")));
  }

  private static FundAccountGroups open(
      DataSource dataSource, FundLedger ledger, Clock clock, Optional<FundAccountBanks> banks) {
    Transactor tx = new Transactor(dataSource);
    new SchemaMigrator(tx, "fund-ledger", FundAccountGroups.class).migrate(LedgerSql.MIGRATIONS);
    return new FundAccountGroups(tx, ledger, clock, banks);
  }

  /** Registers {@code primary} as a client's primary fund account. */
  public void openPrimary(FundAccount primary) {
    link(primary, primary);
  }

  /**
   * Adds an auxiliary fund account to {@code primary}'s group.
   *
   * @throws InvalidInputException {@code AUXILIARY_LIMIT} past 4, {@code ACCOUNT_ALREADY_GROUPED}
   *     if the account belongs to a group, {@code ACCOUNT_NOT_IN_GROUP} if {@code primary} is not a
   *     primary account
   */
  public void addAuxiliary(FundAccount primary, FundAccount auxiliary) {
    if (!primaryOf(primary).equals(Optional.of(primary))) {
      throw new InvalidInputException(
          TransferErrorCode.ACCOUNT_NOT_IN_GROUP, primary + " is not a primary fund account");
    }
    if (auxiliaries(primary).size() >= MAX_AUXILIARY) {
      throw new InvalidInputException(
          TransferErrorCode.AUXILIARY_LIMIT, "at most " + MAX_AUXILIARY + " auxiliary accounts");
    }
    link(auxiliary, primary);
  }

  /** The primary account of {@code account}'s group (itself for a primary). */
  public Optional<FundAccount> primaryOf(FundAccount account) {
    return tx.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT primary_account FROM fund_account_group WHERE fund_account = ?")) {
            s.setString(1, account.value());
            try (ResultSet rs = s.executeQuery()) {
              return rs.next()
                  ? Optional.of(FundAccount.parse(rs.getString(1)))
                  : Optional.<FundAccount>empty();
            }
          }
        });
  }

  /** The auxiliary accounts of {@code primary}, in account order. */
  public List<FundAccount> auxiliaries(FundAccount primary) {
    return tx.inTransaction(
        c -> {
          List<FundAccount> found = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT fund_account FROM fund_account_group WHERE primary_account = ?"
                      + " AND fund_account <> primary_account ORDER BY fund_account")) {
            s.setString(1, primary.value());
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                found.add(FundAccount.parse(rs.getString(1)));
              }
            }
          }
          return found;
        });
  }

  /**
   * The auxiliary accounts of {@code primary} that its bank's management account mirrors: all of
   * them, less those bound at a bank of their own (for {@link OverdraftCheck}).
   */
  List<FundAccount> mirroredWith(FundAccount primary) {
    return auxiliaries(primary).stream().filter(a -> sameBank(a, primary, primary)).toList();
  }

  /**
   * Moves withdrawable money between two accounts of one group, once per {@code serial}.
   *
   * @return false if {@code from}'s withdrawable balance is too low (nothing moved)
   * @throws InvalidInputException {@code ACCOUNT_NOT_IN_GROUP} unless both are of one group; {@code
   *     CROSS_BANK_MOVE} if they are mirrored at different depository banks
   */
  public boolean move(BusinessSerial serial, FundAccount from, FundAccount to, Money amount) {
    Optional<FundAccount> group = primaryOf(from);
    if (group.isEmpty() || !group.equals(primaryOf(to)) || from.equals(to)) {
      throw new InvalidInputException(
          TransferErrorCode.ACCOUNT_NOT_IN_GROUP, "both accounts must be of one client's group");
    }
    if (!sameBank(from, to, group.get())) {
      throw new InvalidInputException(
          TransferErrorCode.CROSS_BANK_MOVE,
          "the accounts are bound at different depository banks: withdraw at one, deposit at the"
              + " other");
    }
    return ledger.move(serial, from, to, amount);
  }

  /**
   * 资金归集: moves every auxiliary account's withdrawable balance into the primary. Each move's serial
   * is {@code serialPrefix + "-" + n}, so sweeping again with the same prefix moves nothing twice.
   * An auxiliary bound at another bank than the primary is left alone (see {@link #move}).
   *
   * @return the total moved
   */
  public Money sweep(String serialPrefix, FundAccount primary) {
    Money total = Money.ofFen(0);
    List<FundAccount> auxiliaries = auxiliaries(primary);
    for (int i = 0; i < auxiliaries.size(); i++) {
      FundAccount aux = auxiliaries.get(i);
      Money withdrawable = ledger.balance(aux).withdrawable();
      BusinessSerial serial = BusinessSerial.parse(serialPrefix + "-" + (i + 1));
      if (withdrawable.isPositive()
          && sameBank(aux, primary, primary)
          && ledger.move(serial, aux, primary, withdrawable)) {
        total = total.plus(withdrawable);
      }
    }
    return total;
  }

  /**
   * Whether {@code a} and {@code b} of {@code primary}'s group are mirrored at one bank: an
   * account's own binding, else its primary's. Without a registry every account is the primary's.
   */
  private boolean sameBank(FundAccount a, FundAccount b, FundAccount primary) {
    if (banks.isEmpty()) {
      return true;
    }
    Optional<String> primaryBank = banks.get().bankOf(primary);
    return banks
        .get()
        .bankOf(a)
        .or(() -> primaryBank)
        .equals(banks.get().bankOf(b).or(() -> primaryBank));
  }

  private void link(FundAccount account, FundAccount primary) {
    try {
      tx.inTransaction(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO fund_account_group (fund_account, primary_account, opened_at)"
                        + " VALUES (?, ?, ?)")) {
              s.setString(1, account.value());
              s.setString(2, primary.value());
              s.setLong(3, clock.millis());
              return s.executeUpdate();
            }
          });
    } catch (TransientException e) {
      if (e.code() != CoreErrorCode.STORE_CONFLICT) {
        throw e;
      }
      throw new InvalidInputException(
          TransferErrorCode.ACCOUNT_ALREADY_GROUPED, account + " already belongs to a group");
    }
  }
}
