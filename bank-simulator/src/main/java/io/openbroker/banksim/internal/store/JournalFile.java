package io.openbroker.banksim.internal.store;

import io.openbroker.banksim.internal.books.BookEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal file's format and its appends. After an 8-byte magic ({@code OBJRNL01}) come records,
 * one per decision: {@code int length, int crc32c, long seq, byte[length] body}, big-endian, where
 * the body is the decision's events as a JSON array and the CRC-32C covers seq and body. Records
 * are numbered 1, 2, 3… without gaps. A group of records is written with one {@code write} and made
 * durable with one {@code force} before any of their answers is sent.
 *
 * <p>The file's space is written ahead, {@link #SPACE_STEP} of zeros at a time, and made durable by
 * the force of the group that first needs it. The other groups' forces then write their own bytes
 * only: a file that grew with every group made each force also commit its new size through the file
 * system's journal (under the transfer benchmark's load a force took p50 ~410–460 µs that way,
 * ~300–370 µs now; docs/PERFORMANCE.md). The records end at the first header of zeros (no record
 * has length 0 and seq 0) or at the end of the file; a file written before the space was written
 * ahead has no zeros and is read the same way.
 *
 * <p>A crash can leave the last group torn (a short or garbled record after the last whole one, or
 * parts of its records on the disk and others not): opening fills such a tail with zeros before
 * appending resumes, so that no record of it can come back behind the records written next. Those
 * records were never acknowledged, since their force had not returned. A group is at most 256
 * decisions, so bytes other than zeros further than {@link #MAX_TORN_TAIL} beyond the last whole
 * record are not a torn group but damage to acknowledged records (a disk error, an edit): opening
 * refuses to cut them and the bank does not start, rather than forget what it answered.
 */
final class JournalFile implements AutoCloseable {

  static final byte[] MAGIC = "OBJRNL01".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER = 16;

  /** Far more than one group's write: 256 decisions of a few hundred bytes each. */
  static final long MAX_TORN_TAIL = 4L << 20;

  /**
   * How much space is written ahead at a time: a third of a second of records under the transfer
   * benchmark's load (~3 MiB/s), so about one force in 60 carries the file's new size and 1 MiB of
   * zeros (one write of ~0.3–0.5 ms).
   */
  static final int SPACE_STEP = 1 << 20;

  private static final Logger LOG = LoggerFactory.getLogger(JournalFile.class);
  private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(SPACE_STEP);

  private final FileChannel channel;
  private final FileLock lock;
  private ByteBuffer buffer = ByteBuffer.allocateDirect(256 * 1024);
  private final CRC32C crc = new CRC32C();
  private long lastSeq;
  // Where the records written end (the writer's positional writes go there: no seek per group),
  // and where the space written ahead ends.
  private long recordsEnd;
  private long writtenAhead;
  private volatile long durableEnd;

  private JournalFile(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Opens and locks {@code path} (one bank per journal, in any process), creating it if absent,
   * checks its records and cuts off a torn tail, ready to append after the last whole record.
   */
  static JournalFile open(Path path) throws IOException {
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new IOException("another process uses " + path);
      }
      JournalFile file = new JournalFile(channel, lock);
      file.recover(path);
      return file;
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new IOException("another bank in this JVM uses " + path, e);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void recover(Path path) throws IOException {
    if (channel.size() < MAGIC.length) {
      // New, or torn while being created (nothing in it was ever acknowledged); anything else
      // that short is someone else's file, and left alone.
      ByteBuffer head = ByteBuffer.allocate((int) channel.size());
      channel.read(head, 0);
      if (!Arrays.equals(head.array(), 0, head.position(), MAGIC, 0, head.position())) {
        throw new IOException(path + " is not a bank journal");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(MAGIC), 0);
      channel.force(true);
      syncDirectory(path);
    }
    JournalReplay.Scan scan = JournalReplay.scan(channel, path, body -> {});
    long size = channel.size();
    long unreadable = endOfNonZero(scan.end(), size) - scan.end();
    if (unreadable > MAX_TORN_TAIL) {
      throw new IOException(
          path
              + ": "
              + unreadable
              + " bytes after record "
              + scan.lastSeq()
              + " do not read as records, more than a torn last group could leave; not cutting"
              + " them (restore the journal from a copy)");
    }
    if (unreadable > 0) {
      LOG.warn(
          "journal {}: {} bytes after record {} are a torn, unacknowledged tail; cleared",
          path,
          unreadable,
          scan.lastSeq());
      zero(scan.end(), scan.end() + unreadable);
      channel.force(false);
    }
    recordsEnd = scan.end();
    lastSeq = scan.lastSeq();
    durableEnd = scan.end();
    writtenAhead = size;
  }

  /** Where the last byte other than zero in {@code [from, size)} ends ({@code from} if none). */
  private long endOfNonZero(long from, long size) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(64 * 1024);
    long blockEnd = size;
    while (blockEnd > from) {
      long blockStart = Math.max(from, blockEnd - block.capacity());
      block.clear().limit((int) (blockEnd - blockStart));
      while (block.hasRemaining()) {
        if (channel.read(block, blockStart + block.position()) < 0) {
          throw new IOException("the journal shrank while being opened");
        }
      }
      for (int i = block.limit() - 1; i >= 0; i--) {
        if (block.get(i) != 0) {
          return blockStart + i + 1;
        }
      }
      blockEnd = blockStart;
    }
    return from;
  }

  /** Writes zeros over {@code [from, to)}. */
  private void zero(long from, long to) throws IOException {
    long at = from;
    while (at < to) {
      ByteBuffer z = ZEROS.duplicate();
      z.limit((int) Math.min(z.capacity(), to - at));
      at += channel.write(z, at);
    }
  }

  private static void syncDirectory(Path path) {
    try (FileChannel d = FileChannel.open(path.toAbsolutePath().getParent())) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform syncs directories; the file's own content is synced.
    }
  }

  /** The number of the last record, durable. */
  long lastSeq() {
    return lastSeq;
  }

  /** Where the durable records end: readers stop there (a group may be being written after). */
  long durableEnd() {
    return durableEnd;
  }

  /** Appends one record per batch with one write, then forces them to the device. */
  void append(List<GroupCommitter.Batch> batches) throws IOException {
    buffer.clear();
    for (GroupCommitter.Batch b : batches) {
      put(b.seq(), JournalJson.writeBytes(b.events()));
    }
    writeBuffer();
    channel.force(false);
    lastSeq = batches.get(batches.size() - 1).seq();
    durableEnd = recordsEnd;
  }

  /** Appends events journalled elsewhere before, as records of up to 1,000 events each. */
  void appendAll(List<BookEvent> events) throws IOException {
    for (int from = 0; from < events.size(); from += 1_000) {
      buffer.clear();
      put(
          lastSeq + 1,
          JournalJson.writeBytes(events.subList(from, Math.min(events.size(), from + 1_000))));
      writeBuffer();
      lastSeq++;
    }
    channel.force(false);
    durableEnd = recordsEnd;
  }

  /**
   * Writes the buffer's records after the last ones, first writing space ahead if they would pass
   * its end (the caller's force makes both durable).
   */
  private void writeBuffer() throws IOException {
    buffer.flip();
    long end = recordsEnd + buffer.remaining();
    if (end > writtenAhead) {
      long ahead = (end / SPACE_STEP + 1) * SPACE_STEP;
      zero(writtenAhead, ahead);
      writtenAhead = ahead;
    }
    while (buffer.hasRemaining()) {
      recordsEnd += channel.write(buffer, recordsEnd);
    }
  }

  private void put(long seq, byte[] body) {
    if (body.length == 0) {
      throw new IllegalArgumentException("a record has a body: a zero header ends the records");
    }
    if (buffer.remaining() < HEADER + body.length) {
      ByteBuffer bigger =
          ByteBuffer.allocateDirect(
              Math.max(buffer.capacity() * 2, buffer.position() + HEADER + body.length));
      buffer.flip();
      bigger.put(buffer);
      buffer = bigger;
    }
    buffer.putInt(body.length).putInt(checksum(crc, seq, body)).putLong(seq).put(body);
  }

  /** CRC-32C of a record's seq and body. */
  static int checksum(CRC32C crc, long seq, byte[] body) {
    crc.reset();
    byte[] s = ByteBuffer.allocate(Long.BYTES).putLong(seq).array();
    crc.update(s);
    crc.update(body);
    return (int) crc.getValue();
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
