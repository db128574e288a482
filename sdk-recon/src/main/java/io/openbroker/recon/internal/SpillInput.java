package io.openbroker.recon.internal;

import io.openbroker.core.money.CurrencyCode;
import io.openbroker.recon.Direction;
import io.openbroker.recon.Side;
import io.openbroker.recon.TransferRecord;
import io.openbroker.recon.TransferStatus;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reads back the records a {@link SpillOutput} wrote, in the same order. */
public final class SpillInput implements Closeable {

  private static final Side[] SIDES = Side.values();
  private static final Direction[] DIRECTIONS = Direction.values();
  private static final TransferStatus[] STATUSES = TransferStatus.values();
  private static final CurrencyCode[] CURRENCIES = CurrencyCode.values();
  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;

  public SpillInput(Path file) throws IOException {
    this.in = Files.newInputStream(file);
  }

  /** The next record, or null at the end. */
  public TransferRecord next() throws IOException {
    if (pos >= limit && !fill(1)) {
      return null;
    }
    long line = readLong();
    int flags = readByte();
    long amount = readLong();
    long epochSecond = readLong();
    int nano = readInt();
    CurrencyCode currency = CURRENCIES[readByte()];
    LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, nano, ZoneOffset.UTC);
    return new TransferRecord(
        readString(),
        readString(),
        readString(),
        readString(),
        readString(),
        SIDES[flags & 1],
        DIRECTIONS[flags >> 1 & 1],
        amount,
        currency,
        time,
        STATUSES[flags >> 2],
        line);
  }

  private String readString() throws IOException {
    int n = readInt();
    if (n <= buf.length) {
      require(n);
      String s = new String(buf, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }
    byte[] big = new byte[n];
    int have = limit - pos;
    System.arraycopy(buf, pos, big, 0, have);
    pos = limit;
    int got = in.readNBytes(big, have, n - have);
    if (got != n - have) {
      throw new EOFException("spill file truncated");
    }
    return new String(big, StandardCharsets.UTF_8);
  }

  private int readByte() throws IOException {
    require(1);
    return buf[pos++] & 0xFF;
  }

  private int readInt() throws IOException {
    require(4);
    int v =
        (buf[pos] & 0xFF) << 24
            | (buf[pos + 1] & 0xFF) << 16
            | (buf[pos + 2] & 0xFF) << 8
            | buf[pos + 3] & 0xFF;
    pos += 4;
    return v;
  }

  private long readLong() throws IOException {
    return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
  }

  private void require(int n) throws IOException {
    if (limit - pos < n && !fill(n)) {
      throw new EOFException("spill file truncated");
    }
  }

  /** Compacts and refills until at least {@code n} bytes are buffered; false at the end. */
  private boolean fill(int n) throws IOException {
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int got = in.read(buf, limit, buf.length - limit);
      if (got <= 0) {
        return false;
      }
      limit += got;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
