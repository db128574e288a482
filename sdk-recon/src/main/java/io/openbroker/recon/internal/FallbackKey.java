package io.openbroker.recon.internal;

import io.openbroker.recon.Direction;
import io.openbroker.recon.TransferRecord;

/**
 * The fallback rule's key (SPEC §9.2): fund account + bank account + amount + direction, for
 * records where a side lacks the other's serial.
 */
public record FallbackKey(
    String fundAccount, String bankAccount, long amountFen, Direction direction) {

  /** The key of {@code r}. */
  public static FallbackKey of(TransferRecord r) {
    return new FallbackKey(r.fundAccount(), r.bankAccount(), r.amountFen(), r.direction());
  }

  /** A non-negative hash choosing the residue partition. */
  public static int partitionHash(TransferRecord r) {
    int h = r.fundAccount().hashCode() * 31 + r.bankAccount().hashCode();
    h = h * 31 + Long.hashCode(r.amountFen());
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & 0x7FFFFFFF;
  }
}
