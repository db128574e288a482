package io.openbroker.recon.internal;

import io.openbroker.core.money.CurrencyCode;
import io.openbroker.recon.DetailField;
import io.openbroker.recon.Direction;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The fast path for canonical rows: encodes a CSV record straight from its bytes into spill form,
 * with no strings, no {@code TransferRecord} and no {@code LocalDateTime}. It takes only rows it
 * can read with certainty — ASCII serials and accounts, upper-case values, plain amounts, the
 * 19-character trade time — and gives every other row back (returns false) to the general parser,
 * which reads it or reports it malformed exactly as for any file. Both paths write the same bytes
 * for the same record ({@link SpillOutput}'s format), so they mix freely.
 */
public final class FastLane {

  private static final byte[][] SIDES = names(Side.values());
  private static final byte[][] DIRECTIONS = names(Direction.values());
  private static final byte[][] STATUSES = names(TransferStatus.values());
  private static final byte[][] CURRENCIES = names(CurrencyCode.values());
  private final int[] column = new int[DetailField.values().length];
  private final int width;
  private final byte[] trailer;
  private byte[] out = new byte[256];
  private int length;
  private int hash;
  private long amountFen;
  private int cachedDate = -1;
  private long cachedEpochDay;

  /** A lane for rows laid out as {@code parser} expects; {@code trailerMarker} rows are refused. */
  public FastLane(DetailRecordParser parser, String trailerMarker) {
    for (DetailField f : DetailField.values()) {
      column[f.ordinal()] = parser.indexOf(f);
    }
    this.width = parser.width();
    this.trailer = trailerMarker.getBytes(StandardCharsets.UTF_8);
  }

  /** Encodes the reader's current record; false when it is not canonical (use the slow path). */
  public boolean encode(CsvRowReader r, long line) {
    if (r.fieldCount() != width || r.error() != null || isTrailer(r)) {
      return false;
    }
    byte[] a = r.arena();
    int side = oneOf(r, DetailField.INITIATOR, SIDES);
    int direction = oneOf(r, DetailField.DIRECTION, DIRECTIONS);
    int status = oneOf(r, DetailField.STATUS, STATUSES);
    int currency =
        column[DetailField.CURRENCY.ordinal()] < 0 || empty(r, DetailField.CURRENCY)
            ? 0
            : oneOf(r, DetailField.CURRENCY, CURRENCIES);
    long amount = amount(r);
    long epochSecond = epochSecond(r);
    if ((side | direction | status | currency) < 0
        || amount < 0
        || epochSecond == Long.MIN_VALUE
        || !ascii(r, DetailField.BANK_SERIAL)
        || !ascii(r, DetailField.BROKER_SERIAL)
        || !ascii(r, DetailField.FUND_ACCOUNT)
        || !ascii(r, DetailField.BANK_ACCOUNT)
        || empty(r, DetailField.FUND_ACCOUNT)
        || empty(r, DetailField.BANK_ACCOUNT)
        || empty(r, DetailField.BANK_SERIAL) && empty(r, DetailField.BROKER_SERIAL)) {
      return false;
    }
    length = 0;
    putLong(line);
    putByte(side | direction << 1 | status << 2);
    putLong(amount);
    putLong(epochSecond);
    putInt(0);
    putByte(currency);
    int bank = put(a, r, DetailField.BANK_SERIAL);
    int broker = put(a, r, DetailField.BROKER_SERIAL);
    putInt(0); // names are not spilled
    put(a, r, DetailField.FUND_ACCOUNT);
    put(a, r, DetailField.BANK_ACCOUNT);
    hash = SerialKey.partitionHash(bank, broker);
    amountFen = amount;
    return true;
  }

  /** The encoded record's bytes: {@code bytes()[0, length())}. */
  public byte[] bytes() {
    return out;
  }

  /** The encoded record's length. */
  public int length() {
    return length;
  }

  /** The encoded record's partition hash, equal to {@link SerialKey#partitionHash}'s. */
  public int partitionHash() {
    return hash;
  }

  /** The encoded record's amount in fen. */
  public long amountFen() {
    return amountFen;
  }

  private boolean isTrailer(CsvRowReader r) {
    return trailer.length > 0
        && Arrays.equals(r.arena(), r.start(0), r.end(0), trailer, 0, trailer.length);
  }

  private int oneOf(CsvRowReader r, DetailField f, byte[][] names) {
    int i = column[f.ordinal()];
    for (int k = 0; k < names.length; k++) {
      if (Arrays.equals(r.arena(), r.start(i), r.end(i), names[k], 0, names[k].length)) {
        return k;
      }
    }
    return -1;
  }

  private boolean empty(CsvRowReader r, DetailField f) {
    int i = column[f.ordinal()];
    return r.start(i) == r.end(i);
  }

  private boolean ascii(CsvRowReader r, DetailField f) {
    int i = column[f.ordinal()];
    byte[] a = r.arena();
    for (int k = r.start(i); k < r.end(i); k++) {
      if (a[k] < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code [0-9]+(\.[0-9]{1,2})?} with at most 13 significant integer digits, else -1. */
  private long amount(CsvRowReader r) {
    int i = column[DetailField.AMOUNT.ordinal()];
    byte[] a = r.arena();
    int k = r.start(i);
    int end = r.end(i);
    if (end - k > 40) {
      return -1; // the general parser's length limit
    }
    long yuan = 0;
    int digits = 0;
    for (; k < end && a[k] != '.'; k++) {
      int d = a[k] - '0';
      if (d < 0 || d > 9 || (yuan > 0 || d > 0) && ++digits > 13) {
        return -1;
      }
      yuan = yuan * 10 + d;
    }
    if (k == r.start(i)) {
      return -1;
    }
    if (k == end) {
      return yuan * 100;
    }
    int decimals = end - k - 1;
    if (decimals < 1 || decimals > 2) {
      return -1;
    }
    int d1 = a[k + 1] - '0';
    int d2 = decimals == 2 ? a[k + 2] - '0' : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
      return -1;
    }
    return yuan * 100 + d1 * 10 + d2;
  }

  /** {@code yyyy-MM-dd[T ]HH:mm:ss} as seconds since 1970 (local time as UTC), else MIN_VALUE. */
  private long epochSecond(CsvRowReader r) {
    int i = column[DetailField.TRADE_TIME.ordinal()];
    byte[] a = r.arena();
    int s = r.start(i);
    if (r.end(i) - s != 19
        || a[s + 4] != '-'
        || a[s + 7] != '-'
        || a[s + 13] != ':'
        || a[s + 16] != ':'
        || a[s + 10] != 'T' && a[s + 10] != ' ') {
      return Long.MIN_VALUE;
    }
    int year = number(a, s, 4);
    int month = number(a, s + 5, 2);
    int day = number(a, s + 8, 2);
    int hour = number(a, s + 11, 2);
    int minute = number(a, s + 14, 2);
    int second = number(a, s + 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || hour > 23
        || minute > 59
        || second > 59
        || month < 1
        || month > 12
        || day < 1
        || day > 28 && !validDay(year, month, day)) {
      return Long.MIN_VALUE;
    }
    int key = year * 10000 + month * 100 + day;
    if (key != cachedDate) {
      cachedEpochDay = LocalDate.of(year, month, day).toEpochDay();
      cachedDate = key;
    }
    return cachedEpochDay * 86400 + hour * 3600 + minute * 60 + second;
  }

  private static boolean validDay(int year, int month, int day) {
    return day <= LocalDate.of(year, month, 1).lengthOfMonth();
  }

  private static int number(byte[] a, int from, int n) {
    int v = 0;
    for (int k = from; k < from + n; k++) {
      int d = a[k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Writes field {@code f} as a length-prefixed string; returns its String-compatible hash. */
  private int put(byte[] a, CsvRowReader r, DetailField f) {
    int i = column[f.ordinal()];
    int from = r.start(i);
    int n = r.end(i) - from;
    putInt(n);
    grow(n);
    System.arraycopy(a, from, out, length, n);
    length += n;
    int h = 0;
    for (int k = from; k < from + n; k++) {
      h = 31 * h + a[k]; // String.hashCode() of ASCII text
    }
    return h;
  }

  private void putByte(int b) {
    grow(1);
    out[length++] = (byte) b;
  }

  private void putInt(int v) {
    grow(4);
    out[length++] = (byte) (v >>> 24);
    out[length++] = (byte) (v >>> 16);
    out[length++] = (byte) (v >>> 8);
    out[length++] = (byte) v;
  }

  private void putLong(long v) {
    putInt((int) (v >>> 32));
    putInt((int) v);
  }

  private void grow(int n) {
    if (length + n > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, length + n));
    }
  }

  private static byte[][] names(Enum<?>[] values) {
    byte[][] names = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      names[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
    }
    return names;
  }
}
