package io.openbroker.banksim.internal.wire;

import java.util.List;

/** The answer to a history query, oldest first. */
public record HistoryReply(String resultCode, String message, List<TransferReply> transfers) {}
