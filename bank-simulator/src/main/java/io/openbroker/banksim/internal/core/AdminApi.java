package io.openbroker.banksim.internal.core;

import io.openbroker.banksim.BankOperation;
import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.FaultKind;
import io.openbroker.banksim.FaultPlan;
import io.openbroker.banksim.FaultRule;
import io.openbroker.banksim.ReconFileKind;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.internal.books.Amounts;
import io.openbroker.banksim.internal.books.Fields;
import io.openbroker.banksim.internal.desk.CounterDesk;
import io.openbroker.banksim.internal.desk.OutboundDesk;
import io.openbroker.banksim.internal.http.BankHttpServer;
import io.openbroker.banksim.internal.recon.ReconDrill;
import io.openbroker.banksim.internal.recon.ReconFiles;
import io.openbroker.banksim.internal.wire.AdminRequests;
import io.openbroker.banksim.internal.wire.ErrorReply;
import io.openbroker.banksim.internal.wire.WireJson;
import io.openbroker.core.money.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The signed admin API: accounts, cash, faults, the books check, reconciliation files, crash. */
public final class AdminApi implements BankHttpServer.AdminHandler {

  private final BankRuntime runtime;

  public AdminApi(BankRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public Answer handle(String path, byte[] body) {
    return switch (path) {
      case "/v1/admin/accounts" ->
          openAccount(WireJson.read(body, AdminRequests.OpenAccount.class));
      case "/v1/admin/cash" -> cash(WireJson.read(body, AdminRequests.Cash.class));
      case "/v1/admin/faults" -> faults(WireJson.read(body, AdminRequests.Faults.class));
      case "/v1/admin/faults/log" -> ok(Map.of("faults", runtime.faults().log()));
      case "/v1/admin/books" -> books();
      case "/v1/admin/reconciliation/files" ->
          reconFile(WireJson.read(body, AdminRequests.ReconFile.class));
      case "/v1/admin/bank-initiated/transfers" ->
          originate(WireJson.read(body, AdminRequests.BankTransfer.class));
      case "/v1/admin/bank-initiated/reversals" ->
          reverse(WireJson.read(body, AdminRequests.BankReversal.class));
      case "/v1/admin/crash" -> {
        Thread t = new Thread(runtime::crashAndRestart, "bank-admin-crash");
        t.setDaemon(true);
        t.start();
        yield ok(Map.of("message", "crashing and restarting"));
      }
      default ->
          new Answer(
              BankResultCode.NO_SUCH_OPERATION,
              WireJson.write(new ErrorReply("NO_SUCH_OPERATION", "no admin operation " + path)));
    };
  }

  private Answer openAccount(AdminRequests.OpenAccount r) {
    long fen = r.balance() == null ? 0 : Money.parse(r.balance()).fen();
    runtime
        .core()
        .change(
            ctx ->
                CounterDesk.openAccount(
                    ctx,
                    runtime.config().effects().random(),
                    r.bankAccount(),
                    r.customerName(),
                    r.idNumber(),
                    r.mobile(),
                    r.password(),
                    fen));
    return ok(Map.of("bankAccount", r.bankAccount()));
  }

  private Answer originate(AdminRequests.BankTransfer r) {
    String broker = Fields.present("brokerId", r.brokerId());
    TransferDirection direction = Fields.oneOf("direction", r.direction(), TransferDirection.class);
    String fund = Fields.fundAccount(r.fundAccount());
    String card = Fields.bankAccount("bankAccount", r.bankAccount());
    long fen = Amounts.parsePositiveFen("amount", r.amount());
    String[] serial = new String[1];
    runtime
        .core()
        .change(
            ctx -> {
              var events = OutboundDesk.originateTransfer(ctx, broker, direction, fund, card, fen);
              serial[0] = ctx.bankSerial(0);
              return events;
            });
    runtime.wakeOutbound();
    return ok(Map.of("bankSerial", serial[0]));
  }

  private Answer reverse(AdminRequests.BankReversal r) {
    String original = Fields.present("originalBankSerial", r.originalBankSerial());
    String[] serial = new String[1];
    runtime
        .core()
        .change(
            ctx -> {
              var events = OutboundDesk.originateReversal(ctx, original);
              serial[0] = ctx.bankSerial(0);
              return events;
            });
    runtime.wakeOutbound();
    return ok(Map.of("bankSerial", serial[0]));
  }

  private Answer cash(AdminRequests.Cash r) {
    long fen = Money.parseSigned(Fields.present("amount", r.amount())).fen();
    runtime
        .core()
        .change(
            ctx -> CounterDesk.cash(ctx, Fields.bankAccount("bankAccount", r.bankAccount()), fen));
    return ok(
        Map.of(
            "bankBalance", Amounts.yuan(runtime.core().read(b -> b.bankBalance(r.bankAccount())))));
  }

  private Answer faults(AdminRequests.Faults r) {
    List<FaultRule> rules = new ArrayList<>();
    for (AdminRequests.Rule rule : r.rules() == null ? List.<AdminRequests.Rule>of() : r.rules()) {
      BankOperation op = Fields.oneOf("operation", rule.operation(), BankOperation.class);
      FaultKind kind = Fields.oneOf("kind", rule.kind(), FaultKind.class);
      Set<Long> ordinals = rule.ordinals() == null ? Set.of() : Set.copyOf(rule.ordinals());
      double p = rule.probability() == null ? 0 : rule.probability();
      Duration d = Duration.ofMillis(rule.durationMillis() == null ? 1000 : rule.durationMillis());
      try {
        rules.add(new FaultRule(op, kind, ordinals, p, d));
      } catch (IllegalArgumentException e) {
        throw Fields.bad(e.getMessage());
      }
    }
    runtime.faults().set(new FaultPlan(r.seed(), rules));
    return ok(Map.of("rules", rules.size()));
  }

  private Answer books() {
    Map<String, Object> result = new LinkedHashMap<>();
    runtime
        .core()
        .read(
            b -> {
              result.put("summaryBalances", b.summaryBalances());
              result.put("managementTotals", b.managementTotals());
              result.put(
                  "balanced",
                  b.summaryBalances().equals(b.managementTotals())
                      && b.totalMoney() == b.cashPaidIn());
              return result;
            });
    return ok(result);
  }

  private Answer reconFile(AdminRequests.ReconFile r) {
    LocalDate date = Fields.date("businessDate", r.businessDate());
    ReconFileKind kind = Fields.oneOf("kind", r.kind(), ReconFileKind.class);
    ReconDrill drill =
        new ReconDrill(
            r.drillSeed() == null ? 0 : r.drillSeed(), r.drillCount() == null ? 0 : r.drillCount());
    String broker = Fields.present("brokerId", r.brokerId());
    ReconFiles.File f =
        runtime.core().read(b -> runtime.recon().render(b, broker, date, kind, drill));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("fileName", f.fileName());
    result.put("recordCount", f.recordCount());
    result.put("sha256", f.sha256());
    result.put("content", f.content());
    if (Boolean.TRUE.equals(r.write()) && runtime.config().reconDir().isPresent()) {
      result.put("path", write(runtime.config().reconDir().get(), f).toString());
    }
    return ok(result);
  }

  private static Path write(Path dir, ReconFiles.File f) {
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(f.fileName()), f.content(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer ok(Map<String, ?> fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("resultCode", "SUCCESS");
    body.putAll(fields);
    return new Answer(BankResultCode.SUCCESS, WireJson.write(body));
  }
}
