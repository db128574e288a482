package io.openbroker.transfer.internal.journal;

import io.openbroker.core.id.BankCardNumber;
import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;
import io.openbroker.core.money.CurrencyCode;
import io.openbroker.core.money.Money;
import io.openbroker.transfer.TransferDirection;
import io.openbroker.transfer.TransferRecord;
import io.openbroker.transfer.TransferState;
import io.openbroker.transfer.spi.AccountActivity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The journal's SQL, portable between H2 and PostgreSQL. */
final class JournalSql {

  private static final String COLUMNS =
      "serial, direction, fund_account, bank_account, amount_fen, currency, state, send_count,"
          + " reversal_serial, reversal_count, result_code, result_message, bank_serial,"
          + " business_date, ledger_done, created_at, updated_at, owner_node, epoch, lease_until";

  private JournalSql() {}

  static void insert(Connection c, TransferRecord r, String owner, long leaseUntil)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO transfer_journal ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
      s.setString(1, r.serial().value());
      s.setString(2, r.direction().name());
      s.setString(3, r.fundAccount().value());
      s.setString(4, r.bankAccount().value());
      s.setLong(5, r.amount().fen());
      s.setString(6, r.amount().currency().name());
      s.setString(7, r.state().name());
      s.setInt(8, r.sendCount());
      s.setString(9, r.reversalSerial().map(BusinessSerial::value).orElse(null));
      s.setInt(10, r.reversalCount());
      s.setString(11, r.resultCode());
      s.setString(12, clip(r.resultMessage(), 200));
      s.setString(13, r.bankSerial());
      s.setString(14, r.businessDate().map(LocalDate::toString).orElse(null));
      s.setBoolean(15, r.ledgerDone());
      s.setLong(16, r.createdAt().toEpochMilli());
      s.setLong(17, r.updatedAt().toEpochMilli());
      s.setString(18, owner);
      s.setLong(19, leaseUntil);
      s.executeUpdate();
    }
    if (!r.ledgerDone()) {
      OpenSet.enter(c, r.serial());
    }
  }

  /** Writes the mutable columns if the row is still at {@code epoch}. */
  static boolean update(Connection c, TransferRecord r, long epoch, long leaseUntil)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE transfer_journal SET state = ?, send_count = ?, reversal_serial = ?,"
                + " reversal_count = ?, result_code = ?, result_message = ?, bank_serial = ?,"
                + " business_date = ?, ledger_done = ?, updated_at = ?, lease_until = ?"
                + " WHERE serial = ? AND epoch = ?")) {
      s.setString(1, r.state().name());
      s.setInt(2, r.sendCount());
      s.setString(3, r.reversalSerial().map(BusinessSerial::value).orElse(null));
      s.setInt(4, r.reversalCount());
      s.setString(5, r.resultCode());
      s.setString(6, clip(r.resultMessage(), 200));
      s.setString(7, r.bankSerial());
      s.setString(8, r.businessDate().map(LocalDate::toString).orElse(null));
      s.setBoolean(9, r.ledgerDone());
      s.setLong(10, r.updatedAt().toEpochMilli());
      s.setLong(11, leaseUntil);
      s.setString(12, r.serial().value());
      s.setLong(13, epoch);
      if (s.executeUpdate() != 1) {
        return false;
      }
    }
    if (r.ledgerDone()) {
      OpenSet.leave(c, r.serial());
    }
    return true;
  }

  static void event(Connection c, TransferRecord r, String node, String detail)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO transfer_event (serial, at_millis, node, state, detail)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, r.serial().value());
      s.setLong(2, r.updatedAt().toEpochMilli());
      s.setString(3, clip(node, 64));
      s.setString(4, r.state().name());
      s.setString(5, clip(detail, 400));
      s.executeUpdate();
    }
  }

  static Optional<JournalRow> select(Connection c, BusinessSerial serial) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + COLUMNS + " FROM transfer_journal WHERE serial = ?")) {
      s.setString(1, serial.value());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  static List<TransferRecord> selectAll(Connection c) throws SQLException {
    List<TransferRecord> all = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM transfer_journal ORDER BY created_at, serial");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        all.add(row(rs).record());
      }
    }
    return all;
  }

  static List<String> events(Connection c, BusinessSerial serial) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT state, detail FROM transfer_event WHERE serial = ? ORDER BY event_id")) {
      s.setString(1, serial.value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          lines.add(rs.getString(1) + ": " + rs.getString(2));
        }
      }
    }
    return lines;
  }

  static AccountActivity activity(Connection c, FundAccount fund, long dayStart, long windowStart)
      throws SQLException {
    String failed = "state IN ('FAILED', 'REVERSED')";
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COALESCE(SUM(CASE WHEN created_at >= ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN created_at >= ? AND "
                + failed
                + " THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN created_at >= ? AND direction = 'BANK_TO_SECURITIES'"
                + " AND NOT "
                + failed
                + " THEN amount_fen ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN created_at >= ? AND direction = 'SECURITIES_TO_BANK'"
                + " AND NOT "
                + failed
                + " THEN amount_fen ELSE 0 END), 0)"
                + " FROM transfer_journal WHERE fund_account = ? AND created_at >= ?")) {
      s.setLong(1, windowStart);
      s.setLong(2, windowStart);
      s.setLong(3, dayStart);
      s.setLong(4, dayStart);
      s.setString(5, fund.value());
      s.setLong(6, Math.min(dayStart, windowStart));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new AccountActivity(
            rs.getInt(1), rs.getInt(2), Money.ofFen(rs.getLong(3)), Money.ofFen(rs.getLong(4)));
      }
    }
  }

  private static JournalRow row(ResultSet rs) throws SQLException {
    String reversal = rs.getString(9);
    String date = rs.getString(14);
    TransferRecord record =
        new TransferRecord(
            BusinessSerial.parse(rs.getString(1)),
            TransferDirection.valueOf(rs.getString(2)),
            FundAccount.parse(rs.getString(3)),
            BankCardNumber.parse(rs.getString(4)),
            Money.ofFen(rs.getLong(5), CurrencyCode.parse(rs.getString(6))),
            TransferState.valueOf(rs.getString(7)),
            rs.getInt(8),
            Optional.ofNullable(reversal).map(BusinessSerial::parse),
            rs.getInt(10),
            rs.getString(11),
            rs.getString(12),
            rs.getString(13),
            Optional.ofNullable(date).map(LocalDate::parse),
            rs.getBoolean(15),
            Instant.ofEpochMilli(rs.getLong(16)),
            Instant.ofEpochMilli(rs.getLong(17)));
    return new JournalRow(record, rs.getString(18), rs.getLong(19), rs.getLong(20));
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
