package io.openbroker.banksim.internal.store;

import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import io.openbroker.core.store.StoreLocation;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal in an append-only file {@code DIR/NAME.journal} ({@link JournalFile}), written with
 * group commit: every decision waiting when the writer wakes goes into one {@code write} and one
 * {@code force}, and only then are their answers released. One force per group replaces an H2
 * commit per group (a B-tree chunk written to the file, never synced): cheaper, and durable against
 * an operating-system crash too, not only a killed process.
 *
 * <p>A data directory written by an earlier version (its events in H2's {@code NAME.mv.db}) is
 * carried over once: its events are copied into a new journal file, which replaces nothing until it
 * is complete and synced (written aside, then renamed).
 */
public final class FileEventJournal implements EventJournal {

  private static final Logger LOG = LoggerFactory.getLogger(FileEventJournal.class);

  // A force costs ~40-85 us of CPU (kernel) whatever it carries, and a fast disk returns within
  // ~0.2 ms: without lingering, groups under load held one or two decisions. With 64 callers in
  // flight, lingering costs them no throughput: the workers meanwhile verify the others.
  private static final long LINGER_NANOS = 3_000_000;

  private final Path path;
  private final JournalFile file;
  private final GroupCommitter committer;

  private FileEventJournal(Path path, JournalFile file, String threadName) {
    this.path = path;
    this.file = file;
    this.committer = new GroupCommitter(file::append, file.lastSeq(), LINGER_NANOS, threadName);
  }

  /** Opens (creating, or carrying over from H2) the journal of the data directory {@code store}. */
  public static FileEventJournal open(StoreLocation.H2File store, String threadName) {
    Path path = store.dir().resolve(store.name() + ".journal");
    try {
      Files.createDirectories(store.dir());
      Path h2 = store.dir().resolve(store.name() + ".mv.db");
      if (!Files.exists(path) && Files.exists(h2)) {
        carryOver(store, path);
      }
      return new FileEventJournal(path, JournalFile.open(path), threadName);
    } catch (IOException e) {
      throw new TransientException(
          CoreErrorCode.STORE_UNAVAILABLE, "cannot open the journal " + path, e);
    }
  }

  private static void carryOver(StoreLocation.H2File store, Path path) throws IOException {
    List<BookEvent> events;
    JdbcEventJournal old = new JdbcEventJournal(store.dataSource(), "bank-journal-carry-over");
    try {
      events = old.readAll();
    } finally {
      old.close();
    }
    Path aside = path.resolveSibling(path.getFileName() + ".new");
    Files.deleteIfExists(aside);
    try (JournalFile fresh = JournalFile.open(aside)) {
      fresh.appendAll(events);
    }
    Files.move(aside, path, StandardCopyOption.ATOMIC_MOVE);
    LOG.info("carried {} events over from {} to {}", events.size(), store, path);
  }

  @Override
  public List<BookEvent> readAll() {
    List<BookEvent> events = new ArrayList<>();
    try (FileChannel reader = FileChannel.open(path, StandardOpenOption.READ)) {
      JournalReplay.scan(
          reader, path, body -> events.addAll(JournalJson.read(body)), file.durableEnd());
    } catch (IOException e) {
      throw new TransientException(
          CoreErrorCode.STORE_UNAVAILABLE, "cannot read the journal " + path, e);
    }
    return events;
  }

  @Override
  public CompletableFuture<Void> append(List<BookEvent> events) {
    return committer.append(events);
  }

  @Override
  public CompletableFuture<Void> barrier() {
    return committer.barrier();
  }

  @Override
  public void close() {
    committer.close();
    try {
      file.close();
    } catch (IOException e) {
      LOG.warn("closing the journal {} failed", path, e);
    }
  }
}
