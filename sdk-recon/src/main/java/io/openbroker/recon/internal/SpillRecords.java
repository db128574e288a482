package io.openbroker.recon.internal;

import io.openbroker.core.money.CurrencyCode;
import io.openbroker.recon.Direction;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import io.openbroker.recon.TransferStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Reads records of {@link SpillOutput}'s format in place, in a byte array holding a whole spill
 * file: offsets, fields, key hashes and comparisons without decoding, and a full decode for the few
 * records that become exceptions.
 *
 * <p>Layout: line (8), flags (1: initiator | direction << 1 | status << 2), amount in fen (8),
 * epoch second of the local trade time taken as UTC (8), nanos (4), currency ordinal (1), then five
 * strings, each a 4-byte length and UTF-8 bytes: bank serial, broker serial, name (empty), fund
 * account, bank account.
 */
public final class SpillRecords {

  private static final int STRINGS = 30;
  private static final Side[] SIDES = Side.values();
  private static final Direction[] DIRECTIONS = Direction.values();
  private static final TransferStatus[] STATUSES = TransferStatus.values();
  private static final CurrencyCode[] CURRENCIES = CurrencyCode.values();

  private SpillRecords() {}

  /** The offsets of every record in {@code data}. */
  public static int[] offsets(byte[] data) {
    int[] offsets = new int[Math.max(16, data.length / 64)];
    int n = 0;
    for (int off = 0; off < data.length; off = string(data, off, 5)) {
      if (n == offsets.length) {
        offsets = Arrays.copyOf(offsets, n * 2);
      }
      offsets[n++] = off;
    }
    return Arrays.copyOf(offsets, n);
  }

  /** Where the {@code k}-th string (0 = bank serial) of the record at {@code off} starts. */
  public static int string(byte[] d, int off, int k) {
    int p = off + STRINGS;
    for (int i = 0; i < k; i++) {
      p += 4 + intAt(d, p);
    }
    return p;
  }

  /** The flags byte: initiator, direction and status. */
  public static int flags(byte[] d, int off) {
    return d[off + 8];
  }

  /** The amount in fen. */
  public static long amount(byte[] d, int off) {
    return longAt(d, off + 9);
  }

  /** The currency ordinal. */
  public static int currency(byte[] d, int off) {
    return d[off + 29];
  }

  /** The trade time's epoch second (local time taken as UTC). */
  public static long epochSecond(byte[] d, int off) {
    return longAt(d, off + 17);
  }

  /** The trade time's nanos. */
  public static int nano(byte[] d, int off) {
    return intAt(d, off + 25);
  }

  /** Whether string {@code p} of array {@code a} equals string {@code q} of array {@code b}. */
  public static boolean sameString(byte[] a, int p, byte[] b, int q) {
    int n = intAt(a, p);
    return n == intAt(b, q) && Arrays.equals(a, p + 4, p + 4 + n, b, q + 4, q + 4 + n);
  }

  /** A well-mixed hash of the record's key (bank serial, broker serial). */
  public static int keyHash(byte[] d, int off) {
    int p = off + STRINGS;
    int end = p + 4 + intAt(d, p);
    end += 4 + intAt(d, end);
    int h = 1;
    for (int i = p; i < end; i++) {
      h = 31 * h + d[i];
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    return h ^ h >>> 13;
  }

  /** Decodes the record at {@code off} in full. */
  public static TransferRecord decode(byte[] d, int off) {
    int flags = flags(d, off);
    LocalDateTime time =
        LocalDateTime.ofEpochSecond(epochSecond(d, off), nano(d, off), ZoneOffset.UTC);
    int p = off + STRINGS;
    String[] s = new String[5];
    for (int i = 0; i < 5; i++) {
      int n = intAt(d, p);
      s[i] = new String(d, p + 4, n, StandardCharsets.UTF_8);
      p += 4 + n;
    }
    return new TransferRecord(
        s[0],
        s[1],
        s[2],
        s[3],
        s[4],
        SIDES[flags & 1],
        DIRECTIONS[flags >> 1 & 1],
        amount(d, off),
        CURRENCIES[currency(d, off)],
        time,
        STATUSES[flags >> 2],
        longAt(d, off));
  }

  private static int intAt(byte[] d, int p) {
    return (d[p] & 0xFF) << 24 | (d[p + 1] & 0xFF) << 16 | (d[p + 2] & 0xFF) << 8 | d[p + 3] & 0xFF;
  }

  private static long longAt(byte[] d, int p) {
    return (long) intAt(d, p) << 32 | intAt(d, p + 4) & 0xFFFFFFFFL;
  }
}
