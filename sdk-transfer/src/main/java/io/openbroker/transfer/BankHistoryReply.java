package io.openbroker.transfer;

import java.util.List;

/**
 * The bank's answer to a transfer-history query, oldest first.
 *
 * @param resultCode the result code
 * @param message the bank's explanation
 * @param transfers the transfers (empty in an error answer)
 */
public record BankHistoryReply(
    String resultCode, String message, List<BankTransferReply> transfers) {

  public BankHistoryReply {
    transfers = transfers == null ? List.of() : List.copyOf(transfers);
  }
}
