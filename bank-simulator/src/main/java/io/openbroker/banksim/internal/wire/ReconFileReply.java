package io.openbroker.banksim.internal.wire;

/** A reconciliation file: CSV text with its SHA-256 (hex) and record count. */
public record ReconFileReply(
    String resultCode,
    String message,
    String businessDate,
    String kind,
    String fileName,
    int recordCount,
    String sha256,
    String content) {
  @Override
  public String toString() {
    return "ReconFileReply[" + resultCode + ", " + fileName + ", records=" + recordCount + "]";
  }
}
