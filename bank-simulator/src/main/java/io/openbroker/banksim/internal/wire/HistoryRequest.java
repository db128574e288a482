package io.openbroker.banksim.internal.wire;

/** {@code POST /v1/transfers/history}: a fund account's transfers by business date, inclusive. */
public record HistoryRequest(String fundAccount, String fromDate, String toDate) {}
