package io.openbroker.transfer;

import io.openbroker.core.id.FundAccount;
import io.openbroker.core.store.SchemaMigrator;
import io.openbroker.core.store.Transactor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Which depository bank (存管银行) each fund account is bound at, durably (SPEC §7.5): a client's
 * primary account and each auxiliary account may be bound at a different bank. {@link
 * TransferRouter} reads it to send each transfer through that bank's {@link TransferService}.
 * Record a binding once the bank has confirmed it ({@code TransferClient.designate}); record it
 * again after a change of depository bank.
 *
 * <pre>{@code
 * FundAccountBanks banks = FundAccountBanks.open(dataSource, clock);
 * banks.bind(primary, "ICBC");
 * banks.bind(auxiliary, "CMB");
 * }</pre>
 */
public final class FundAccountBanks {

  private static final Pattern BANK_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  private final Transactor tx;
  private final Clock clock;

  private FundAccountBanks(Transactor tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** Opens the registry in {@code dataSource} (e.g. the ledger's database), creating its table. */
  public static FundAccountBanks open(DataSource dataSource, Clock clock) {
    Transactor tx = new Transactor(Objects.requireNonNull(dataSource, "dataSource"));
    new SchemaMigrator(tx, "fund-account-bank", FundAccountBanks.class)
        .migrate(List.of("/db/routing/V1__routing.sql"));
    return new FundAccountBanks(tx, Objects.requireNonNull(clock, "clock"));
  }

  /** Checks a bank id: 1 to 32 letters, digits, {@code _} or {@code -}. */
  static String checkedBankId(String bankId) {
    Objects.requireNonNull(bankId, "bankId");
    if (!BANK_ID.matcher(bankId).matches()) {
      throw new IllegalArgumentException("bank id must match " + BANK_ID + ": " + bankId);
    }
    return bankId;
  }

  /** Records that {@code account} is bound at {@code bankId} (replacing an earlier bank). */
  public void bind(FundAccount account, String bankId) {
    Objects.requireNonNull(account, "account");
    String bank = checkedBankId(bankId);
    tx.inTransaction(
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE fund_account_bank SET bank_id = ?, bound_at = ? WHERE fund_account = ?")) {
            update.setString(1, bank);
            update.setLong(2, clock.millis());
            update.setString(3, account.value());
            if (update.executeUpdate() == 1) {
              return null;
            }
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO fund_account_bank (fund_account, bank_id, bound_at)"
                      + " VALUES (?, ?, ?)")) {
            insert.setString(1, account.value());
            insert.setString(2, bank);
            insert.setLong(3, clock.millis());
            insert.executeUpdate();
          }
          return null;
        });
  }

  /** The bank {@code account} is bound at, if recorded. */
  public Optional<String> bankOf(FundAccount account) {
    Objects.requireNonNull(account, "account");
    return tx.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT bank_id FROM fund_account_bank WHERE fund_account = ?")) {
            s.setString(1, account.value());
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }
}
