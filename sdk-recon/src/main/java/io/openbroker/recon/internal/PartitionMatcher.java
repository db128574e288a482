package io.openbroker.recon.internal;

import io.openbroker.recon.BusinessWindow;
import io.openbroker.recon.Discrepancy;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Matches one partition by key (SPEC §9.2). Both sides' spill files are read whole and indexed in
 * an open-addressing table of record offsets, keyed by the serial bytes: no object per record. Each
 * key is then classified — duplicated keys first (reported once per side, then out of the game),
 * then the window, then the pair's fields — and only records that become exceptions are decoded.
 * Records left on one side go to the residue for the fallback rule.
 */
public final class PartitionMatcher {

  private final long startSecond;
  private final int startNano;
  private final long endSecond;
  private final int endNano;
  private final Residue residue;

  /**
   * @param window the business-date window
   * @param residue where one-sided records go for the fallback rule
   */
  public PartitionMatcher(BusinessWindow window, Residue residue) {
    this.startSecond = window.start().toEpochSecond(ZoneOffset.UTC);
    this.startNano = window.start().getNano();
    this.endSecond = window.end().toEpochSecond(ZoneOffset.UTC);
    this.endNano = window.end().getNano();
    this.residue = residue;
  }

  /** Matches the partition spilled to {@code bankFile} and {@code brokerFile}. */
  public MatchOutput match(Path bankFile, Path brokerFile) throws IOException {
    KeyTable table = new KeyTable(Files.readAllBytes(bankFile), Files.readAllBytes(brokerFile));
    MatchOutput out = new MatchOutput();
    for (int s = 0; s < table.size(); s++) {
      classify(table, s, out);
    }
    return out;
  }

  private void classify(KeyTable t, int s, MatchOutput out) throws IOException {
    int bankCount = t.bankCount(s);
    int brokerCount = t.brokerCount(s);
    if (bankCount > 1 || brokerCount > 1) {
      if (bankCount > 1) {
        out.exception(
            Discrepancies.duplicate(
                SpillRecords.decode(t.bank, t.bankRecord(s)), Side.BANK, bankCount, brokerCount));
      }
      if (brokerCount > 1) {
        out.exception(
            Discrepancies.duplicate(
                SpillRecords.decode(t.broker, t.brokerRecord(s)),
                Side.BROKER,
                brokerCount,
                bankCount));
      }
      return;
    }
    int bank = bankCount == 1 ? inWindow(t.bank, t.bankRecord(s), Side.BANK, out) : -1;
    int broker = brokerCount == 1 ? inWindow(t.broker, t.brokerRecord(s), Side.BROKER, out) : -1;
    if (bank >= 0 && broker >= 0) {
      if (same(t.bank, bank, t.broker, broker)) {
        out.matched(SpillRecords.amount(t.bank, bank), false);
        return;
      }
      TransferRecord b = SpillRecords.decode(t.bank, bank);
      Discrepancy d = Discrepancies.pair(b, SpillRecords.decode(t.broker, broker), false);
      if (d == null) {
        out.matched(b.amountFen(), false);
      } else {
        out.exception(d);
      }
    } else if (bank >= 0) {
      residue.add(Side.BANK, SpillRecords.decode(t.bank, bank));
    } else if (broker >= 0) {
      residue.add(Side.BROKER, SpillRecords.decode(t.broker, broker));
    }
  }

  /** Whether the compared fields agree: accounts, direction, status, amount, currency. */
  private static boolean same(byte[] a, int p, byte[] b, int q) {
    return (SpillRecords.flags(a, p) & ~1) == (SpillRecords.flags(b, q) & ~1)
        && SpillRecords.amount(a, p) == SpillRecords.amount(b, q)
        && SpillRecords.currency(a, p) == SpillRecords.currency(b, q)
        && SpillRecords.sameString(a, SpillRecords.string(a, p, 3), b, SpillRecords.string(b, q, 3))
        && SpillRecords.sameString(
            a, SpillRecords.string(a, p, 4), b, SpillRecords.string(b, q, 4));
  }

  /** The record's offset if it is in the window; otherwise reports it {@code OUT_OF_WINDOW}, -1. */
  private int inWindow(byte[] d, int off, Side side, MatchOutput out) {
    long second = SpillRecords.epochSecond(d, off);
    int nano = SpillRecords.nano(d, off);
    boolean afterStart = second > startSecond || second == startSecond && nano >= startNano;
    boolean beforeEnd = second < endSecond || second == endSecond && nano < endNano;
    if (afterStart && beforeEnd) {
      return off;
    }
    out.exception(Discrepancies.outOfWindow(SpillRecords.decode(d, off), side));
    return -1;
  }

  /** Both sides' records grouped by key in an open-addressing table of offsets. */
  private static final class KeyTable {
    final byte[] bank;
    final byte[] broker;
    private final int[] table;
    private int[] firstBank;
    private int[] firstBroker;
    private int[] bankCounts;
    private int[] brokerCounts;
    private int size;

    KeyTable(byte[] bank, byte[] broker) {
      this.bank = bank;
      this.broker = broker;
      int[] bankOffsets = SpillRecords.offsets(bank);
      int[] brokerOffsets = SpillRecords.offsets(broker);
      int n = bankOffsets.length + brokerOffsets.length;
      table = new int[Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1];
      Arrays.fill(table, -1);
      firstBank = new int[n];
      firstBroker = new int[n];
      bankCounts = new int[n];
      brokerCounts = new int[n];
      for (int off : bankOffsets) {
        add(bank, off, true);
      }
      for (int off : brokerOffsets) {
        add(broker, off, false);
      }
    }

    private void add(byte[] d, int off, boolean isBank) {
      int mask = table.length - 1;
      for (int i = SpillRecords.keyHash(d, off) & mask; ; i = (i + 1) & mask) {
        int s = table[i];
        if (s < 0) {
          s = size++;
          table[i] = s;
          firstBank[s] = -1;
          firstBroker[s] = -1;
        } else if (!sameKey(s, d, off)) {
          continue;
        }
        if (isBank) {
          firstBank[s] = bankCounts[s]++ == 0 ? off : firstBank[s];
        } else {
          firstBroker[s] = brokerCounts[s]++ == 0 ? off : firstBroker[s];
        }
        return;
      }
    }

    /** Whether the record at {@code off} has slot {@code s}'s key (both serials). */
    private boolean sameKey(int s, byte[] d, int off) {
      byte[] other = firstBank[s] >= 0 ? bank : broker;
      int otherOff = firstBank[s] >= 0 ? firstBank[s] : firstBroker[s];
      return SpillRecords.sameString(
              d, SpillRecords.string(d, off, 0), other, SpillRecords.string(other, otherOff, 0))
          && SpillRecords.sameString(
              d, SpillRecords.string(d, off, 1), other, SpillRecords.string(other, otherOff, 1));
    }

    int size() {
      return size;
    }

    int bankCount(int s) {
      return bankCounts[s];
    }

    int brokerCount(int s) {
      return brokerCounts[s];
    }

    int bankRecord(int s) {
      return firstBank[s];
    }

    int brokerRecord(int s) {
      return firstBroker[s];
    }
  }
}
