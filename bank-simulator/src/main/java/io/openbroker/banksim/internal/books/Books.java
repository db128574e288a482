package io.openbroker.banksim.internal.books;

import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.internal.Masking;
import io.openbroker.banksim.internal.books.BookEvent.BindingSaved;
import io.openbroker.banksim.internal.books.BookEvent.BrokerSignedIn;
import io.openbroker.banksim.internal.books.BookEvent.CashMoved;
import io.openbroker.banksim.internal.books.BookEvent.CustomerOpened;
import io.openbroker.banksim.internal.books.BookEvent.MoneyMoved;
import io.openbroker.banksim.internal.books.BookEvent.OutboundSaved;
import io.openbroker.banksim.internal.books.BookEvent.ReplySaved;
import io.openbroker.banksim.internal.books.BookEvent.TransferSaved;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bank's books in memory, changed only by {@link #apply(BookEvent)}. Not thread-safe: the bank
 * serialises every change (see {@code BankCore}).
 *
 * <p>Accounts: each customer's bank account; per broker one summary account (客户交易结算资金汇总账户) and per
 * fund account one client management account (客户交易结算资金管理账户) that is the summary account's
 * sub-ledger, so the summary always equals the sum of its management accounts.
 */
public final class Books {

  private final Map<String, Customer> customers = new HashMap<>();
  private final Map<String, Long> bankBalances = new HashMap<>();
  private final Map<String, Long> summaryBalances = new HashMap<>();
  private final Map<Key, Long> managementBalances = new HashMap<>();
  private final Map<Key, Binding> bindings = new LinkedHashMap<>();
  private final Map<Key, BankTransfer> transfersBySerial = new HashMap<>();
  private final Map<String, BankTransfer> transfersByBankSerial = new LinkedHashMap<>();
  private final Map<Key, ReplySaved> replies = new HashMap<>();
  private final Map<String, LocalDate> signedIn = new HashMap<>();
  private final Map<String, OutboundMessage> outbound = new LinkedHashMap<>();
  private final List<MoneyMoved> entries = new ArrayList<>();
  private long lastBankSerial;
  private long cashPaidIn;

  /** A (broker, fund account) or (broker, serial) key. */
  public record Key(String brokerId, String id) {
    @Override
    public String toString() {
      return "Key[" + brokerId + ", " + Masking.last4(id) + "]";
    }
  }

  /** Applies one event. */
  public void apply(BookEvent event) {
    if (event instanceof CustomerOpened e) {
      customers.put(e.customer().bankAccount(), e.customer());
      bankBalances.putIfAbsent(e.customer().bankAccount(), 0L);
    } else if (event instanceof CashMoved e) {
      bankBalances.merge(e.bankAccount(), e.amountFen(), Long::sum);
      cashPaidIn += e.amountFen();
    } else if (event instanceof MoneyMoved e) {
      move(e);
    } else if (event instanceof TransferSaved e) {
      BankTransfer t = e.transfer();
      if (!t.brokerSerial().isEmpty()) {
        transfersBySerial.put(new Key(t.brokerId(), t.brokerSerial()), t);
      }
      transfersByBankSerial.put(t.bankSerial(), t);
      noteBankSerial(t.bankSerial());
    } else if (event instanceof BindingSaved e) {
      bindings.put(new Key(e.binding().brokerId(), e.binding().fundAccount()), e.binding());
    } else if (event instanceof ReplySaved e) {
      replies.put(new Key(e.brokerId(), e.serial()), e);
    } else if (event instanceof BrokerSignedIn e) {
      signedIn.put(e.brokerId(), e.businessDate());
    } else if (event instanceof OutboundSaved e) {
      outbound.put(e.message().bankSerial(), e.message());
      noteBankSerial(e.message().bankSerial());
    } else {
      throw new AssertionError(event);
    }
  }

  private void move(MoneyMoved e) {
    long signed =
        e.direction() == TransferDirection.BANK_TO_SECURITIES ? e.amountFen() : -e.amountFen();
    bankBalances.merge(e.bankAccount(), -signed, Long::sum);
    summaryBalances.merge(e.brokerId(), signed, Long::sum);
    managementBalances.merge(new Key(e.brokerId(), e.fundAccount()), signed, Long::sum);
    entries.add(e);
    noteBankSerial(e.bankSerial());
  }

  private void noteBankSerial(String bankSerial) {
    lastBankSerial = Math.max(lastBankSerial, BankSerials.sequenceOf(bankSerial));
  }

  /** The next bank serial's sequence number (not yet used). */
  public long nextBankSerialSequence() {
    return lastBankSerial + 1;
  }

  public Optional<Customer> customer(String bankAccount) {
    return Optional.ofNullable(customers.get(bankAccount));
  }

  public long bankBalance(String bankAccount) {
    return bankBalances.getOrDefault(bankAccount, 0L);
  }

  public long summaryBalance(String brokerId) {
    return summaryBalances.getOrDefault(brokerId, 0L);
  }

  public long managementBalance(String brokerId, String fundAccount) {
    return managementBalances.getOrDefault(new Key(brokerId, fundAccount), 0L);
  }

  /** The sum of a broker's client management accounts. */
  public long managementTotal(String brokerId) {
    return managementBalances.entrySet().stream()
        .filter(e -> e.getKey().brokerId().equals(brokerId))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** The sum of every account: cash paid in at the counter, never created or lost by transfers. */
  public long totalMoney() {
    long banks = bankBalances.values().stream().mapToLong(Long::longValue).sum();
    return banks + summaryBalances.values().stream().mapToLong(Long::longValue).sum();
  }

  public Optional<Binding> binding(String brokerId, String fundAccount) {
    return Optional.ofNullable(bindings.get(new Key(brokerId, fundAccount)));
  }

  public List<Binding> bindings() {
    return List.copyOf(bindings.values());
  }

  public Optional<BankTransfer> transfer(String brokerId, String brokerSerial) {
    return Optional.ofNullable(transfersBySerial.get(new Key(brokerId, brokerSerial)));
  }

  public Optional<BankTransfer> transferByBankSerial(String bankSerial) {
    return Optional.ofNullable(transfersByBankSerial.get(bankSerial));
  }

  /** Every transfer, in the order the bank first recorded it. */
  public List<BankTransfer> transfers() {
    return List.copyOf(transfersByBankSerial.values());
  }

  public Optional<ReplySaved> reply(String brokerId, String serial) {
    return Optional.ofNullable(replies.get(new Key(brokerId, serial)));
  }

  public Optional<LocalDate> signedInDate(String brokerId) {
    return Optional.ofNullable(signedIn.get(brokerId));
  }

  /** Every money movement, in order: the account-transaction detail. */
  public List<MoneyMoved> entries() {
    return List.copyOf(entries);
  }

  public Optional<OutboundMessage> outbound(String bankSerial) {
    return Optional.ofNullable(outbound.get(bankSerial));
  }

  /** Bank-initiated messages still waiting for a definite answer. */
  public List<OutboundMessage> pendingOutbound() {
    return outbound.values().stream()
        .filter(m -> m.state() == OutboundMessage.State.PENDING)
        .toList();
  }

  /** Cash paid in minus cash paid out at the counter. */
  public long cashPaidIn() {
    return cashPaidIn;
  }

  /** Each broker's summary account balance. */
  public Map<String, Long> summaryBalances() {
    return Map.copyOf(summaryBalances);
  }

  /** Each broker's sum of client management accounts. */
  public Map<String, Long> managementTotals() {
    Map<String, Long> totals = new HashMap<>();
    managementBalances.forEach((k, v) -> totals.merge(k.brokerId(), v, Long::sum));
    return totals;
  }

  /** The brokers with any account or sign-in at this bank. */
  public List<String> brokerIds() {
    return signedIn.keySet().stream().sorted().toList();
  }
}
