package io.openbroker.banksim.internal.wire;

import io.openbroker.banksim.internal.Masking;

/** {@code POST /v1/transfers/history}: a fund account's transfers by business date, inclusive. */
public record HistoryRequest(String fundAccount, String fromDate, String toDate) {
  @Override
  public String toString() {
    return "HistoryRequest[fundAccount="
        + Masking.last4(fundAccount)
        + ", "
        + fromDate
        + ".."
        + toDate
        + "]";
  }
}
