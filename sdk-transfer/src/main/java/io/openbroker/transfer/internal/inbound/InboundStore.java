package io.openbroker.transfer.internal.inbound;

import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import io.openbroker.core.store.Transactor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The first answer given to each bank serial, so a repeat gets the same answer. */
public final class InboundStore {

  private final Transactor tx;

  public InboundStore(Transactor tx) {
    this.tx = tx;
  }

  /** The stored answer JSON for {@code bankSerial}. */
  public Optional<String> answer(String bankSerial) {
    return tx.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT answer_json FROM inbound_message WHERE bank_serial = ?")) {
            s.setString(1, bankSerial);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /** Stores the answer unless one is there already; returns the one that stands. */
  public String store(String bankSerial, String kind, String code, String json, long now) {
    try {
      tx.inTransaction(
          c -> {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO inbound_message (bank_serial, kind, result_code, answer_json,"
                        + " created_at) VALUES (?, ?, ?, ?, ?)")) {
              s.setString(1, bankSerial);
              s.setString(2, kind);
              s.setString(3, code);
              s.setString(4, json);
              s.setLong(5, now);
              return s.executeUpdate();
            }
          });
      return json;
    } catch (TransientException e) {
      if (e.code() != CoreErrorCode.STORE_CONFLICT) {
        throw e;
      }
      return answer(bankSerial).orElseThrow(() -> e);
    }
  }
}
