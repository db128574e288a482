package io.openbroker.transfer.internal.review;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.store.Transactions;
import io.openbroker.transfer.internal.journal.OpenSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a held journal row on, exactly once: each step is one conditional {@code UPDATE … WHERE
 * state = 'HELD'}, so of several reviewers (or nodes) acting at once exactly one wins, on H2 and
 * PostgreSQL alike. Approval also claims the row for the approving node (owner, new epoch, lease),
 * so no recovery pass can take it before that node drives it.
 */
public final class ReviewSql {

  private final Transactions tx;

  public ReviewSql(Transactions journal) {
    this.tx = journal;
  }

  /** The held rows, oldest first. */
  public List<BusinessSerial> held() {
    return tx.inTransaction(
        c -> {
          List<BusinessSerial> serials = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT j.serial FROM transfer_open o JOIN transfer_journal j"
                      + " ON j.serial = o.serial WHERE j.state = 'HELD'"
                      + " ORDER BY j.created_at, j.serial")) {
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                serials.add(BusinessSerial.parse(rs.getString(1)));
              }
            }
          }
          return serials;
        });
  }

  /**
   * HELD → CREATED, claimed by {@code node} until {@code leaseUntil}.
   *
   * @return false if the row is not held (any more): someone else decided it
   */
  public boolean approve(
      BusinessSerial serial, String node, long now, long leaseUntil, String detail) {
    return tx.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE transfer_journal SET state = 'CREATED', result_code = '',"
                      + " result_message = '', owner_node = ?, epoch = epoch + 1,"
                      + " lease_until = ?, updated_at = ? WHERE serial = ? AND state = 'HELD'")) {
            s.setString(1, node);
            s.setLong(2, leaseUntil);
            s.setLong(3, now);
            s.setString(4, serial.value());
            if (s.executeUpdate() != 1) {
              return false;
            }
          }
          event(c, serial, now, node, "CREATED", detail);
          return true;
        });
  }

  /**
   * HELD → FAILED with {@code code}, booked (nothing was frozen or sent, so nothing to book).
   *
   * @return false if the row is not held (any more)
   */
  public boolean reject(BusinessSerial serial, String node, long now, String code, String message) {
    return tx.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE transfer_journal SET state = 'FAILED', result_code = ?,"
                      + " result_message = ?, ledger_done = TRUE, lease_until = 0,"
                      + " updated_at = ? WHERE serial = ? AND state = 'HELD'")) {
            s.setString(1, code);
            s.setString(2, clip(message, 200));
            s.setLong(3, now);
            s.setString(4, serial.value());
            if (s.executeUpdate() != 1) {
              return false;
            }
          }
          OpenSet.leave(c, serial);
          event(c, serial, now, node, "FAILED", "review: " + code + " " + message);
          return true;
        });
  }

  private static void event(
      Connection c, BusinessSerial serial, long now, String node, String state, String detail)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO transfer_event (serial, at_millis, node, state, detail)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, serial.value());
      s.setLong(2, now);
      s.setString(3, clip(node, 64));
      s.setString(4, state);
      s.setString(5, clip(detail, 400));
      s.executeUpdate();
    }
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
