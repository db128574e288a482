package io.openbroker.recon.internal;

import io.openbroker.recon.TransferRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

/**
 * Writes records to a spill file in a compact binary form, buffered in a plain array: no locks on
 * the hot path (a {@code BufferedOutputStream} locks on every write). One writer per file, used by
 * one thread at a time. Read back by {@link SpillInput}. Customer names are not spilled.
 */
public final class SpillOutput implements Closeable {

  private final OutputStream out;
  private final byte[] buf;
  private int pos;
  private long records;
  private boolean closed;

  public SpillOutput(Path file, int bufferSize) throws IOException {
    this.out = Files.newOutputStream(file);
    this.buf = new byte[bufferSize];
  }

  /** Appends one record. */
  public void write(TransferRecord r) throws IOException {
    writeLong(r.line());
    writeByte(r.initiator().ordinal() | r.direction().ordinal() << 1 | r.status().ordinal() << 2);
    writeLong(r.amountFen());
    writeLong(r.tradeTime().toEpochSecond(ZoneOffset.UTC));
    writeInt(r.tradeTime().getNano());
    writeByte(r.currency().ordinal());
    writeString(r.bankSerial());
    writeString(r.brokerSerial());
    // Names stop here: no match or report needs them, and fewer copies of PII go to disk.
    writeString("");
    writeString(r.fundAccount());
    writeString(r.bankAccount());
    records++;
  }

  /** Appends one record already encoded in this format (by {@link FastLane}). */
  public void writeEncoded(byte[] bytes, int length) throws IOException {
    if (length > buf.length - pos) {
      flushBuffer();
      if (length > buf.length) {
        out.write(bytes, 0, length);
        records++;
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, pos, length);
    pos += length;
    records++;
  }

  /** Records written so far. */
  public long records() {
    return records;
  }

  private void writeString(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeInt(bytes.length);
    if (bytes.length > buf.length - pos) {
      flushBuffer();
      if (bytes.length > buf.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  private void writeByte(int b) throws IOException {
    ensure(1);
    buf[pos++] = (byte) b;
  }

  private void writeInt(int v) throws IOException {
    ensure(4);
    buf[pos++] = (byte) (v >>> 24);
    buf[pos++] = (byte) (v >>> 16);
    buf[pos++] = (byte) (v >>> 8);
    buf[pos++] = (byte) v;
  }

  private void writeLong(long v) throws IOException {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  private void ensure(int n) throws IOException {
    if (buf.length - pos < n) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      flushBuffer();
    } finally {
      out.close();
    }
  }
}
