package io.openbroker.recon;

import io.openbroker.core.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Balance reconciliation (SPEC §9.2): each client's fund-ledger balance against the bank's client
 * management account, overdrafts flagged, and the fund ledgers' sum — what the broker owes its
 * clients — against the summary account, the money actually at the bank. Holds one long per client
 * in memory.
 *
 * <pre>{@code
 * BalanceReport report = BalanceReconciler.reconcile(ledgers, managementAccounts,
 *     Money.parse("1234567.89"));
 * }</pre>
 */
public final class BalanceReconciler {

  private BalanceReconciler() {}

  /**
   * Reconciles the broker's {@code ledgers} with the bank's {@code managementAccounts} and {@code
   * summaryAccount}.
   *
   * @throws IllegalArgumentException when a fund account occurs twice on one side
   */
  public static BalanceReport reconcile(
      Iterable<ClientBalance> ledgers,
      Iterable<ClientBalance> managementAccounts,
      Money summaryAccount) {
    Map<String, Long> broker = byAccount(ledgers, "fund ledger");
    Map<String, Long> bank = byAccount(managementAccounts, "management account");
    Set<String> accounts = new TreeSet<>(broker.keySet());
    accounts.addAll(bank.keySet());
    List<BalanceDiscrepancy> found = new ArrayList<>();
    long ledgerTotal = 0;
    long managementTotal = 0;
    for (String account : accounts) {
      Long mine = broker.get(account);
      Long theirs = bank.get(account);
      ledgerTotal += mine == null ? 0 : mine;
      managementTotal += theirs == null ? 0 : theirs;
      compare(account, mine, theirs, found);
    }
    if (ledgerTotal != summaryAccount.fen()) {
      found.add(
          new BalanceDiscrepancy(
              BalanceDiscrepancy.Kind.SUMMARY_MISMATCH,
              "",
              ledgerTotal,
              summaryAccount.fen(),
              effect(ledgerTotal - summaryAccount.fen())));
    }
    return new BalanceReport(
        found, accounts.size(), ledgerTotal, managementTotal, summaryAccount.fen());
  }

  private static void compare(
      String account, Long mine, Long theirs, List<BalanceDiscrepancy> found) {
    long broker = mine == null ? 0 : mine;
    long bank = theirs == null ? 0 : theirs;
    BalanceDiscrepancy.Kind kind =
        mine == null
            ? BalanceDiscrepancy.Kind.BANK_ONLY
            : theirs == null
                ? BalanceDiscrepancy.Kind.BROKER_ONLY
                : broker != bank ? BalanceDiscrepancy.Kind.BALANCE_MISMATCH : null;
    if (kind != null) {
      found.add(new BalanceDiscrepancy(kind, account, broker, bank, effect(broker - bank)));
    }
    if (broker < 0) {
      found.add(
          new BalanceDiscrepancy(
              BalanceDiscrepancy.Kind.OVERDRAFT, account, broker, bank, effect(broker - bank)));
    }
  }

  private static BalanceEffect effect(long delta) {
    return delta > 0
        ? BalanceEffect.SURPLUS
        : delta < 0 ? BalanceEffect.SHORTFALL : BalanceEffect.NONE;
  }

  private static Map<String, Long> byAccount(Iterable<ClientBalance> balances, String what) {
    Map<String, Long> map = new HashMap<>();
    for (ClientBalance b : balances) {
      if (map.put(b.fundAccount(), b.balanceFen()) != null) {
        throw new IllegalArgumentException("a fund account occurs twice among the " + what + "s");
      }
    }
    return map;
  }
}
