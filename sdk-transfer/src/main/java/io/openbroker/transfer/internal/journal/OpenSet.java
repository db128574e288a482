package io.openbroker.transfer.internal.journal;

import io.openbroker.core.id.BusinessSerial;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The journal's open set ({@code transfer_open}, see {@code V3__open_set.sql}): the serials of the
 * rows not yet booked ({@code ledger_done = FALSE}). Every write that journals a row or books its
 * end calls it in the same transaction, so the set and the column always agree.
 */
public final class OpenSet {

  private OpenSet() {}

  /** Enters {@code serial}: its row was journaled unfinished. */
  static void enter(Connection c, BusinessSerial serial) throws SQLException {
    run(c, "INSERT INTO transfer_open (serial) VALUES (?)", serial);
  }

  /** Takes {@code serial} out: its transfer has ended and is booked. */
  public static void leave(Connection c, BusinessSerial serial) throws SQLException {
    run(c, "DELETE FROM transfer_open WHERE serial = ?", serial);
  }

  private static void run(Connection c, String sql, BusinessSerial serial) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, serial.value());
      s.executeUpdate();
    }
  }
}
