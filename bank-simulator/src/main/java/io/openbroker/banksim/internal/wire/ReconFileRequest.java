package io.openbroker.banksim.internal.wire;

/** {@code POST /v1/reconciliation/files}: a reconciliation file for a business date. */
public record ReconFileRequest(String businessDate, String kind) {}
