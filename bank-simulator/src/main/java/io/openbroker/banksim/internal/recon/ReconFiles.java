package io.openbroker.banksim.internal.recon;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.BankTransfer;
import io.openbroker.banksim.ReconFileKind;
import io.openbroker.banksim.TransferDirection;
import io.openbroker.banksim.TransferStatus;
import io.openbroker.banksim.internal.books.Amounts;
import io.openbroker.banksim.internal.books.Binding;
import io.openbroker.banksim.internal.books.BookEvent.MoneyMoved;
import io.openbroker.banksim.internal.books.Books;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.books.Fields;
import io.openbroker.banksim.internal.books.Outcome;
import io.openbroker.banksim.internal.wire.ReconFileReply;
import io.openbroker.banksim.internal.wire.ReconFileRequest;
import io.openbroker.core.Effects;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Renders the reconciliation files of a broker's business date from the books, optionally with
 * seeded discrepancies for drills ({@link ReconDrill}).
 */
public final class ReconFiles {

  static final List<String> TRANSFER_HEADER =
      List.of(
          "bank_serial",
          "broker_serial",
          "customer_name",
          "fund_account",
          "bank_account",
          "initiator",
          "direction",
          "amount",
          "currency",
          "trade_time",
          "status");
  static final List<String> STATUS_HEADER =
      List.of(
          "fund_account",
          "bank_account",
          "customer_name",
          "binding_status",
          "management_balance",
          "currency",
          "business_date");
  static final List<String> TRANSACTION_HEADER =
      List.of(
          "bank_serial",
          "broker_serial",
          "fund_account",
          "bank_account",
          "direction",
          "amount",
          "currency",
          "memo",
          "trade_time");

  /** A rendered file. */
  public record File(String fileName, String content, int recordCount, String sha256) {}

  /** Answers {@code POST /v1/reconciliation/files}. */
  public Outcome serve(DeskContext ctx, String brokerId, ReconFileRequest req) {
    LocalDate date = Fields.date("businessDate", req.businessDate());
    ReconFileKind kind = Fields.oneOf("kind", req.kind(), ReconFileKind.class);
    File f = render(ctx.books(), brokerId, date, kind, ReconDrill.NONE);
    return Outcome.readOnly(
        BankResultCode.SUCCESS,
        new ReconFileReply(
            BankResultCode.SUCCESS.code(),
            "ok",
            date.toString(),
            kind.name(),
            f.fileName(),
            f.recordCount(),
            f.sha256(),
            f.content()));
  }

  /** The file of {@code kind} for a broker's business date. */
  public File render(
      Books books, String brokerId, LocalDate date, ReconFileKind kind, ReconDrill drill) {
    List<List<String>> rows =
        switch (kind) {
          case TRANSFER_DETAIL -> transferRows(books, brokerId, date);
          case ACCOUNT_STATUS -> statusRows(books, brokerId, date);
          case ACCOUNT_TRANSACTIONS -> transactionRows(books, brokerId, date);
        };
    rows = drill.apply(kind, rows);
    List<String> header =
        switch (kind) {
          case TRANSFER_DETAIL -> TRANSFER_HEADER;
          case ACCOUNT_STATUS -> STATUS_HEADER;
          case ACCOUNT_TRANSACTIONS -> TRANSACTION_HEADER;
        };
    StringBuilder b = new StringBuilder(Csv.line(header));
    rows.forEach(r -> b.append(Csv.line(r)));
    String content = b.toString();
    String name =
        brokerId
            + "_"
            + DateTimeFormatter.BASIC_ISO_DATE.format(date)
            + "_"
            + kind.name().toLowerCase(java.util.Locale.ROOT)
            + ".csv";
    return new File(name, content, rows.size(), sha256(content));
  }

  private static List<List<String>> transferRows(Books books, String brokerId, LocalDate date) {
    List<List<String>> rows = new ArrayList<>();
    for (BankTransfer t : books.transfers()) {
      if (t.brokerId().equals(brokerId) && t.businessDate().equals(date)) {
        String name =
            books.binding(brokerId, t.fundAccount()).map(Binding::customerName).orElse("");
        rows.add(
            List.of(
                t.bankSerial(),
                t.brokerSerial(),
                name,
                t.fundAccount(),
                t.bankAccount(),
                t.initiator().name(),
                t.direction().name(),
                Amounts.yuan(t.amountFen()),
                t.currency(),
                localTime(t.systemTime()),
                status(t.status())));
      }
    }
    return rows;
  }

  private static List<List<String>> statusRows(Books books, String brokerId, LocalDate date) {
    Map<String, Long> balance = new HashMap<>();
    for (MoneyMoved m : books.entries()) {
      if (m.brokerId().equals(brokerId) && !m.businessDate().isAfter(date)) {
        long signed =
            m.direction() == TransferDirection.BANK_TO_SECURITIES ? m.amountFen() : -m.amountFen();
        balance.merge(m.fundAccount(), signed, Long::sum);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (Binding b : books.bindings()) {
      if (b.brokerId().equals(brokerId) && !b.since().isAfter(date)) {
        rows.add(
            List.of(
                b.fundAccount(),
                b.bankAccount(),
                b.customerName(),
                b.status().name(),
                Amounts.yuan(balance.getOrDefault(b.fundAccount(), 0L)),
                "CNY",
                date.toString()));
      }
    }
    return rows;
  }

  private static List<List<String>> transactionRows(Books books, String brokerId, LocalDate date) {
    List<List<String>> rows = new ArrayList<>();
    for (MoneyMoved m : books.entries()) {
      if (m.brokerId().equals(brokerId) && m.businessDate().equals(date)) {
        rows.add(
            List.of(
                m.bankSerial(),
                m.brokerSerial(),
                m.fundAccount(),
                m.bankAccount(),
                m.direction().name(),
                Amounts.yuan(m.amountFen()),
                "CNY",
                m.memo(),
                localTime(m.time())));
      }
    }
    return rows;
  }

  private static String status(TransferStatus s) {
    return switch (s) {
      case SUCCEEDED -> "SUCCESS";
      case FAILED -> "FAILED";
      case REVERSED -> "REVERSED";
    };
  }

  private static String localTime(java.time.Instant t) {
    return LocalDateTime.ofInstant(t, Effects.CHINA).toString();
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
