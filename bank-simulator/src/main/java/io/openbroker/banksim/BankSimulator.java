package io.openbroker.banksim;

import io.openbroker.banksim.internal.books.Books;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.core.AdminApi;
import io.openbroker.banksim.internal.core.BankConfig;
import io.openbroker.banksim.internal.core.BankRuntime;
import io.openbroker.banksim.internal.desk.CounterDesk;
import io.openbroker.banksim.internal.desk.OutboundDesk;
import io.openbroker.banksim.internal.recon.ReconDrill;
import io.openbroker.core.money.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference depository bank (存管银行), running: a real HTTP server speaking the signed protocol of
 * docs/PROTOCOL.md, with durable books and deterministic fault injection. This handle drives it
 * in-process: open client accounts, set faults, read the books, crash and restart it.
 *
 * <pre>{@code
 * try (BankSimulator bank = BankSimulator.builder()
 *     .bankKey(bankKey)
 *     .broker(new BrokerRegistration("broker-1", "broker-1-key", brokerVerifier, Optional.empty()))
 *     .start()) {
 *   bank.openAccount("6212827110199152", "张三", "110101199003071234", "13812345678", "123456",
 *       Money.parse("10000.00"));
 *   URI uri = bank.baseUri(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class BankSimulator implements AutoCloseable {

  private final BankRuntime runtime;

  BankSimulator(BankConfig config) {
    this.runtime = new BankRuntime(config, AdminApi::new);
  }

  /** A builder with production defaults: system effects, an in-memory store, port 0. */
  public static BankSimulatorBuilder builder() {
    return new BankSimulatorBuilder();
  }

  /** The port the bank listens on. */
  public int port() {
    return runtime.port();
  }

  /** {@code http://host:port}, the base of every path. */
  public URI baseUri() {
    return URI.create("http://" + runtime.config().host() + ":" + port());
  }

  /** Opens a client bank account with an opening balance (at the counter; no broker involved). */
  public void openAccount(
      String bankAccount,
      String customerName,
      String idNumber,
      String mobile,
      String password,
      Money opening) {
    runtime
        .core()
        .change(
            ctx ->
                CounterDesk.openAccount(
                    ctx,
                    runtime.config().effects().random(),
                    bankAccount,
                    customerName,
                    idNumber,
                    mobile,
                    password,
                    opening.fen()));
  }

  /** Pays cash into (positive) or out of (negative) a client bank account at the counter. */
  public void cash(String bankAccount, long fen) {
    runtime.core().change(ctx -> CounterDesk.cash(ctx, bankAccount, fen));
  }

  /**
   * Starts a bank-channel transfer (银行端发起) towards the broker's endpoint and returns its bank
   * serial. A deposit debits the card now and is undone if the broker refuses; a withdrawal is
   * applied once the broker accepts. Delivery is retried until the broker answers definitively.
   */
  public String originateTransfer(
      String brokerId,
      TransferDirection direction,
      String fundAccount,
      String bankAccount,
      Money amount) {
    String[] serial = new String[1];
    runtime
        .core()
        .change(
            ctx -> {
              List<io.openbroker.banksim.internal.books.BookEvent> events =
                  OutboundDesk.originateTransfer(
                      ctx, brokerId, direction, fundAccount, bankAccount, amount.fen());
              serial[0] = ctx.bankSerial(0);
              return events;
            });
    runtime.wakeOutbound();
    return serial[0];
  }

  /**
   * Reverses a bank-initiated transfer that succeeded: undoes the bank's side now and tells the
   * broker (retried until definite). Returns the reversal's bank serial.
   */
  public String originateReversal(String originalBankSerial) {
    String[] serial = new String[1];
    runtime
        .core()
        .change(
            ctx -> {
              List<io.openbroker.banksim.internal.books.BookEvent> events =
                  OutboundDesk.originateReversal(ctx, originalBankSerial);
              serial[0] = ctx.bankSerial(0);
              return events;
            });
    runtime.wakeOutbound();
    return serial[0];
  }

  /** Bank-initiated messages still waiting for the broker's definite answer. */
  public int pendingBankInitiated() {
    return runtime.core().read(b -> b.pendingOutbound().size());
  }

  /** Replaces the fault plan; its counters, randomness and log start afresh. */
  public void setFaultPlan(FaultPlan plan) {
    runtime.faults().set(plan);
  }

  /** Every fault injected since the plan was set, in order. */
  public List<InjectedFault> faultLog() {
    return runtime.faults().log();
  }

  public long bankBalanceFen(String bankAccount) {
    return runtime.core().read(b -> b.bankBalance(bankAccount));
  }

  public long managementBalanceFen(String brokerId, String fundAccount) {
    return runtime.core().read(b -> b.managementBalance(brokerId, fundAccount));
  }

  public long summaryBalanceFen(String brokerId) {
    return runtime.core().read(b -> b.summaryBalance(brokerId));
  }

  /** Every transfer the bank recorded, in order. */
  public List<BankTransfer> transfers() {
    return runtime.core().read(Books::transfers);
  }

  /** The bank's current business date. */
  public LocalDate businessDate() {
    return runtime
        .core()
        .read(
            b ->
                DeskContext.at(runtime.config().effects().now(), runtime.config().rules(), b)
                    .bankDate());
  }

  /** Runs the bank's double-entry check over its books. */
  public BooksCheck checkBooks() {
    return runtime
        .core()
        .read(
            b ->
                new BooksCheck(
                    b.summaryBalances(), b.managementTotals(), b.totalMoney(), b.cashPaidIn()));
  }

  /** The CSV text of a reconciliation file. */
  public String reconciliationFile(String brokerId, LocalDate date, ReconFileKind kind) {
    return reconciliationFile(brokerId, date, kind, 0, 0);
  }

  /**
   * The CSV text of a reconciliation file with {@code discrepancies} seeded differences (drills).
   */
  public String reconciliationFile(
      String brokerId, LocalDate date, ReconFileKind kind, long drillSeed, int discrepancies) {
    ReconDrill drill = new ReconDrill(drillSeed, discrepancies);
    return runtime
        .core()
        .read(b -> runtime.recon().render(b, brokerId, date, kind, drill).content());
  }

  /** Writes a reconciliation file into {@code dir} and returns its path. */
  public Path writeReconciliationFile(
      String brokerId, LocalDate date, ReconFileKind kind, Path dir) {
    var file =
        runtime.core().read(b -> runtime.recon().render(b, brokerId, date, kind, ReconDrill.NONE));
    try {
      Files.createDirectories(dir);
      return Files.writeString(
          dir.resolve(file.fileName()), file.content(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Crashes the bank (open connections dropped, in-memory books discarded) and restarts it from its
   * store on the same port.
   */
  public void crashAndRestart() {
    runtime.crashAndRestart();
  }

  /** How many times the bank crashed and restarted (by fault or by {@link #crashAndRestart()}). */
  public int restarts() {
    return runtime.restarts();
  }

  /** Stops the server and closes the store. */
  @Override
  public void close() {
    runtime.close();
  }
}
