package io.openbroker.recon.internal;

import io.openbroker.core.InvalidInputException;
import io.openbroker.recon.AccountStatusRecord;
import io.openbroker.recon.BindingStatus;
import io.openbroker.recon.ReconErrorCode;
import java.util.Locale;

/**
 * Reads account-status rows, columns found by header name in any order: {@code fund_account,
 * bank_account, status (PRE_DESIGNATED|DESIGNATED|REVOKED), change_time}.
 */
public final class AccountStatusParser {

  private static final String[] COLUMNS = {"fund_account", "bank_account", "status", "change_time"};
  private final int[] index = new int[COLUMNS.length];
  private final int width;

  /** Finds the columns in {@code header}. */
  public AccountStatusParser(String[] header) {
    for (int c = 0; c < COLUMNS.length; c++) {
      index[c] = -1;
      for (int i = 0; i < header.length; i++) {
        if (header[i].strip().equalsIgnoreCase(COLUMNS[c])) {
          index[c] = i;
        }
      }
      if (index[c] < 0) {
        throw new InvalidInputException(
            ReconErrorCode.RECON_LAYOUT_MISMATCH,
            "no column '" + COLUMNS[c] + "' in the account-status header");
      }
    }
    this.width = header.length;
  }

  /**
   * Parses one row.
   *
   * @throws IllegalArgumentException with a reason fit for a malformed-line report
   */
  public AccountStatusRecord parse(String[] f, long line) {
    if (f.length != width) {
      throw new IllegalArgumentException("has " + f.length + " fields, the header " + width);
    }
    String fund = f[index[0]];
    if (fund.isEmpty()) {
      throw new IllegalArgumentException("fund_account: empty");
    }
    BindingStatus status;
    try {
      status = BindingStatus.valueOf(f[index[2]].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("status: unknown value", e);
    }
    try {
      return new AccountStatusRecord(
          fund, f[index[1]], status, TradeTimeText.parse(f[index[3]]), line);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("change_time: " + e.getMessage(), e);
    }
  }
}
