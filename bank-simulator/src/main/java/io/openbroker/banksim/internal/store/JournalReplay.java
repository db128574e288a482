package io.openbroker.banksim.internal.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Reads a journal file's records in order (see {@link JournalFile} for the format), stopping at the
 * first one that is short, out of sequence (a header of zeros: the space written ahead) or fails
 * its checksum: what follows is space or the torn tail of a group whose force never returned, so
 * none of it was acknowledged.
 */
final class JournalReplay {

  private JournalReplay() {}

  /** Where the whole records end, and the number of the last one (0: none). */
  record Scan(long end, long lastSeq) {}

  /**
   * Hands each whole record's body to {@code bodies}, from the start of the file up to its current
   * size (or {@code limit}, if smaller); the channel's position is left undefined.
   */
  static Scan scan(FileChannel channel, Path path, Consumer<byte[]> bodies, long limit)
      throws IOException {
    long size = Math.min(channel.size(), limit);
    InputStream raw =
        new InputStream() {
          private long at;

          @Override
          public int read() {
            throw new UnsupportedOperationException("read in blocks");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = channel.read(ByteBuffer.wrap(b, off, len), at);
            if (n > 0) {
              at += n;
            }
            return n;
          }
        };
    DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
    byte[] magic = new byte[JournalFile.MAGIC.length];
    in.readFully(magic);
    if (!java.util.Arrays.equals(magic, JournalFile.MAGIC)) {
      throw new IOException(path + " is not a bank journal");
    }
    return records(in, size, bodies);
  }

  static Scan scan(FileChannel channel, Path path, Consumer<byte[]> bodies) throws IOException {
    return scan(channel, path, bodies, Long.MAX_VALUE);
  }

  private static Scan records(DataInputStream in, long size, Consumer<byte[]> bodies)
      throws IOException {
    CRC32C crc = new CRC32C();
    long end = JournalFile.MAGIC.length;
    long seq = 0;
    try {
      while (end + JournalFile.HEADER <= size) {
        int length = in.readInt();
        int checksum = in.readInt();
        long recordSeq = in.readLong();
        if (length < 0 || end + JournalFile.HEADER + length > size || recordSeq != seq + 1) {
          break;
        }
        byte[] body = new byte[length];
        in.readFully(body);
        if (JournalFile.checksum(crc, recordSeq, body) != checksum) {
          break;
        }
        bodies.accept(body);
        seq = recordSeq;
        end += JournalFile.HEADER + length;
      }
    } catch (EOFException e) {
      // The file is shorter than its size said a moment ago: stop at the last whole record.
    }
    return new Scan(end, seq);
  }
}
