package io.openbroker.transfer;

/**
 * A reconciliation file downloaded from the bank. {@link TransferClient} checks {@code sha256}
 * against {@code content} before handing it over.
 *
 * @param resultCode the result code
 * @param message the bank's explanation
 * @param businessDate the business date the file covers
 * @param kind the file kind, e.g. {@code TRANSFER_DETAIL}
 * @param fileName the bank's file name
 * @param recordCount the number of records
 * @param sha256 the SHA-256 of the UTF-8 content, lower-case hex
 * @param content the CSV text
 */
public record BankReconFile(
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
    return "BankReconFile[" + kind + " " + businessDate + ", " + recordCount + " records]";
  }
}
