package io.openbroker.transfer;

import io.openbroker.core.InvalidInputException;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.spi.FundLedger;
import io.openbroker.transfer.spi.LedgerBalance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 透支检查 — end-of-day overdraft detection (SPEC §7.3): compares, per bank-bound fund account, the
 * broker's fund ledger with the bank's client management account and flags every account where the
 * broker shows more money than the bank holds, and every negative balance on either side.
 *
 * <p>The broker side is the ledger's <em>available</em> balance (可用; with {@link #withGroups} the
 * sum over the primary and its auxiliary accounts, which the primary's bank account mirrors — less
 * the auxiliaries the groups' {@link FundAccountBanks} registry binds at another bank: check those
 * on their own, against their own bank). Not the total: a withdrawal in flight is frozen at the
 * broker and may already be debited at the bank, and a deposit is credited only after the bank's
 * success, so in a correct system {@code available ≤ bank} at every moment and a breach is a real
 * overdraft, not a timing artefact. Exact agreement is reconciliation's job (sdk-recon); this check
 * is the one-sided risk alarm.
 *
 * <pre>{@code
 * OverdraftReport r = OverdraftCheck.of(ledger).withGroups(groups).against(client, primaries);
 * r.of(OverdraftFinding.BrokerExceedsBank.class).forEach(f -> alert(f.account(), f.excess()));
 * }</pre>
 */
public final class OverdraftCheck {

  private static final Logger LOG = LoggerFactory.getLogger(OverdraftCheck.class);

  private final FundLedger ledger;
  private final Optional<FundAccountGroups> groups;

  private OverdraftCheck(FundLedger ledger, Optional<FundAccountGroups> groups) {
    this.ledger = ledger;
    this.groups = groups;
  }

  /** A check of {@code ledger}, each account on its own. */
  public static OverdraftCheck of(FundLedger ledger) {
    return new OverdraftCheck(Objects.requireNonNull(ledger, "ledger"), Optional.empty());
  }

  /** The same check, adding each primary's auxiliary accounts to its broker side. */
  public OverdraftCheck withGroups(FundAccountGroups value) {
    return new OverdraftCheck(ledger, Optional.of(Objects.requireNonNull(value, "groups")));
  }

  /** Asks {@code bank} for each account's management balance (one signed query per account). */
  public OverdraftReport against(TransferClient bank, Collection<FundAccount> accounts) {
    Objects.requireNonNull(bank, "bank");
    return run(accounts, fund -> bankBalance(bank.balance(fund, Optional.empty())));
  }

  /**
   * Compares with balances the caller read from the bank, e.g. the day's account-status
   * reconciliation file; an account missing from {@code bankBalances} is {@code Unchecked}.
   */
  public OverdraftReport against(Map<FundAccount, Money> bankBalances) {
    return against(
        bankBalances,
        bankBalances.keySet().stream().sorted(Comparator.comparing(FundAccount::value)).toList());
  }

  /** As {@link #against(Map)}, for exactly {@code accounts} (missing ones are unchecked). */
  public OverdraftReport against(Map<FundAccount, Money> bankBalances, List<FundAccount> accounts) {
    Map<FundAccount, Money> copy = Map.copyOf(bankBalances);
    return run(
        accounts,
        fund ->
            Optional.ofNullable(copy.get(fund))
                .<Read>map(Read.Balance::new)
                .orElse(new Read.Missing("not in the bank's balances")));
  }

  private OverdraftReport run(Collection<FundAccount> accounts, Function<FundAccount, Read> bank) {
    List<OverdraftFinding> findings = new ArrayList<>();
    for (FundAccount fund : accounts) {
      Money brokerAvailable = brokerSide(fund, findings);
      Read read = bank.apply(fund);
      if (read instanceof Read.Missing m) {
        findings.add(new OverdraftFinding.Unchecked(fund, m.cause()));
        continue;
      }
      Money bankBalance = ((Read.Balance) read).amount();
      if (bankBalance.isNegative()) {
        findings.add(
            new OverdraftFinding.NegativeBalance(fund, OverdraftFinding.Side.BANK, bankBalance));
      }
      if (brokerAvailable.isGreaterThan(bankBalance)) {
        findings.add(new OverdraftFinding.BrokerExceedsBank(fund, brokerAvailable, bankBalance));
      }
    }
    findings.forEach(f -> LOG.warn("overdraft check: {}", f));
    return new OverdraftReport(accounts.size(), findings);
  }

  /** The available balance of {@code fund}'s group; flags negative balances on the way. */
  private Money brokerSide(FundAccount fund, List<OverdraftFinding> findings) {
    List<FundAccount> members = new ArrayList<>(List.of(fund));
    groups.ifPresent(g -> members.addAll(g.mirroredWith(fund)));
    Money sum = Money.ofFen(0);
    for (FundAccount member : members) {
      LedgerBalance b = ledger.balance(member);
      for (Money m : List.of(b.available(), b.withdrawable(), b.frozen())) {
        if (m.isNegative()) {
          findings.add(
              new OverdraftFinding.NegativeBalance(member, OverdraftFinding.Side.BROKER, m));
          break;
        }
      }
      sum = sum.plus(b.available());
    }
    return sum;
  }

  private static Read bankBalance(BankAnswer<BankBalanceReply> answer) {
    if (answer instanceof BankAnswer.Unknown<BankBalanceReply> u) {
      return new Read.Missing("no verified answer: " + u.cause());
    }
    BankAnswer.Verified<BankBalanceReply> v = (BankAnswer.Verified<BankBalanceReply>) answer;
    if (!v.isSuccess() || v.reply() == null || v.reply().managementBalance() == null) {
      return new Read.Missing("bank refused the balance query: " + v.resultCode());
    }
    try {
      return new Read.Balance(Money.parseSigned(v.reply().managementBalance()));
    } catch (InvalidInputException e) {
      return new Read.Missing("bank balance unreadable: " + e.code().code());
    }
  }

  /** What the bank side gave for one account. */
  private sealed interface Read {
    record Balance(Money amount) implements Read {}

    record Missing(String cause) implements Read {}
  }
}
