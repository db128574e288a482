package io.openbroker.transfer.spi;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.Money;

/**
 * The broker's fund ledger, as sdk-transfer needs it. Every posting is keyed by the transfer's
 * serial and is idempotent: calling it again with the same serial changes nothing and returns the
 * first result. That is what makes recovery safe: a transfer driven twice (after a crash, or by
 * another node) books once. Each money posting also writes its double-entry accounting lines (SPEC
 * §7.2): a deposit Dr bank deposits–client funds / Cr client margin; a withdrawal the reverse.
 *
 * <p>sdk-transfer calls it in the order of SPEC §7.1: a deposit is {@link #credit credited} only
 * after the bank's definite success; a withdrawal is {@link #freeze frozen} before it is sent, then
 * {@link #settle settled} on success or {@link #release released} on a definite failure.
 *
 * <pre>{@code
 * FundLedger ledger = JdbcFundLedger.open(dataSource, effects.clock());
 * }</pre>
 */
public interface FundLedger {

  /**
   * Holds {@code amount} of the withdrawable balance for withdrawal {@code serial}.
   *
   * @return false if the withdrawable balance is too low (nothing held; remembered as refused)
   */
  boolean freeze(BusinessSerial serial, FundAccount account, Money amount);

  /** The withdrawal {@code serial} succeeded: its held amount leaves the account. */
  void settle(BusinessSerial serial);

  /** The withdrawal {@code serial} definitely failed: its held amount is usable again. */
  void release(BusinessSerial serial);

  /** The deposit {@code serial} succeeded at the bank: {@code amount} enters the account. */
  void credit(BusinessSerial serial, FundAccount account, Money amount);

  /**
   * A bank-initiated withdrawal {@code serial}: takes {@code amount} at once if withdrawable.
   *
   * @return false if the withdrawable balance is too low (nothing taken; remembered as refused)
   */
  boolean debit(BusinessSerial serial, FundAccount account, Money amount);

  /**
   * Moves {@code amount} of withdrawable money from one of a client's fund accounts to another
   * (primary ↔ auxiliary, SPEC §7.5), once per {@code serial}.
   *
   * @return false if {@code from}'s withdrawable balance is too low (nothing moved; remembered)
   */
  boolean move(BusinessSerial serial, FundAccount from, FundAccount to, Money amount);

  /** Undoes the credit or debit booked under {@code serial} (a bank-initiated reversal). */
  void undo(BusinessSerial serial);

  /** The account's balances (zero for an account never booked). */
  LedgerBalance balance(FundAccount account);
}
