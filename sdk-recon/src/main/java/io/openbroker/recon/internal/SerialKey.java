package io.openbroker.recon.internal;

import io.openbroker.recon.TransferRecord;

/**
 * The matching key of SPEC §9.2: the pair (bank serial, broker serial).
 *
 * @param bankSerial the bank serial, possibly empty
 * @param brokerSerial the broker serial, possibly empty
 */
public record SerialKey(String bankSerial, String brokerSerial) {

  /** The key of {@code r}. */
  public static SerialKey of(TransferRecord r) {
    return new SerialKey(r.bankSerial(), r.brokerSerial());
  }

  /**
   * Mixed, because serials of one day differ only in their last digits and a plain {@code 31 * a +
   * b} of two such strings shares its low bits across keys, which degrades hash tables.
   */
  @Override
  public int hashCode() {
    int h = bankSerial.hashCode() * 0x9E3779B9 ^ brokerSerial.hashCode();
    h ^= h >>> 15;
    h *= 0x2C1B3C6D;
    return h ^ h >>> 13;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SerialKey k
        && bankSerial.equals(k.bankSerial)
        && brokerSerial.equals(k.brokerSerial);
  }

  /** A well-mixed hash choosing the partition, independent of {@link #hashCode()}'s use in maps. */
  public static int partitionHash(TransferRecord r) {
    return partitionHash(r.bankSerial().hashCode(), r.brokerSerial().hashCode());
  }

  /** The partition hash from the serials' {@code String.hashCode()} values. */
  public static int partitionHash(int bankSerialHash, int brokerSerialHash) {
    int h = bankSerialHash * 0x9E3779B9 + brokerSerialHash;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h & 0x7FFFFFFF;
  }
}
