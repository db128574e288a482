package io.openbroker.banksim.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import io.openbroker.core.store.StoreLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file journal: what was acknowledged comes back in order after a reopen, a torn or garbled
 * tail (a crash in the middle of a group's write) is dropped and appending resumes cleanly after
 * the last whole record, one bank per file, and an H2 journal of an earlier version is carried over
 * once. The end-to-end proof under SIGKILL is {@code CrashRecoveryTest}.
 */
class FileEventJournalTest {

  @TempDir Path dir;

  private StoreLocation.H2File store() {
    return new StoreLocation.H2File(dir, "bank");
  }

  private Path file() {
    return dir.resolve("bank.journal");
  }

  private static List<BookEvent> decision(int n) {
    return List.of(
        new BookEvent.CashMoved("621282711019" + (1000 + n), 100L * n),
        new BookEvent.BrokerSignedIn("broker-" + n, LocalDate.of(2026, 3, 2).plusDays(n)));
  }

  private static List<BookEvent> decisions(int from, int to) {
    List<BookEvent> all = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      all.addAll(decision(n));
    }
    return all;
  }

  private void write(int from, int to) {
    try (FileEventJournal j = FileEventJournal.open(store(), "test-journal")) {
      List<CompletableFuture<Void>> done = new ArrayList<>();
      for (int n = from; n <= to; n++) {
        done.add(j.append(decision(n)));
      }
      done.forEach(CompletableFuture::join);
    }
  }

  private List<BookEvent> readBack() {
    try (FileEventJournal j = FileEventJournal.open(store(), "test-journal")) {
      return j.readAll();
    }
  }

  @Test
  void acknowledgedDecisionsComeBackInOrderAcrossReopens() {
    write(1, 5);
    write(6, 7);

    assertThat(readBack()).isEqualTo(decisions(1, 7));
  }

  /** Where the whole records end, as a reopening finds them. */
  private long recordsEnd() throws IOException {
    try (JournalFile f = JournalFile.open(file())) {
      return f.durableEnd();
    }
  }

  /** Whether every byte of the file from {@code at} on is zero. */
  private boolean zerosFrom(long at) throws IOException {
    byte[] all = Files.readAllBytes(file());
    for (long i = at; i < all.length; i++) {
      if (all[(int) i] != 0) {
        return false;
      }
    }
    return true;
  }

  private void overwrite(long at, byte[] bytes) throws IOException {
    try (FileChannel ch = FileChannel.open(file(), StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(bytes), at);
    }
  }

  @Test
  void spaceIsWrittenAheadInZerosThatEndTheRecords() throws IOException {
    write(1, 3);
    long end = recordsEnd();

    assertThat(Files.size(file())).isEqualTo(JournalFile.SPACE_STEP);
    assertThat(end).isLessThan(Files.size(file()));
    assertThat(zerosFrom(end)).isTrue();
    int decisions = 4;
    while (recordsEnd() < 2L * JournalFile.SPACE_STEP) {
      write(decisions, decisions + 999);
      decisions += 1_000;
    }
    assertThat(Files.size(file())).isEqualTo(3L * JournalFile.SPACE_STEP);
    assertThat(zerosFrom(recordsEnd())).isTrue();
    assertThat(readBack()).isEqualTo(decisions(1, decisions - 1));
  }

  @Test
  void aJournalWithoutSpaceAheadEndsAtItsLastRecordAndAppendingWritesSpace() throws IOException {
    write(1, 3);
    long end = recordsEnd();
    try (FileChannel ch = FileChannel.open(file(), StandardOpenOption.WRITE)) {
      ch.truncate(end); // as an earlier version left it: the file ends exactly at a record
    }

    assertThat(readBack()).isEqualTo(decisions(1, 3));
    assertThat(Files.size(file())).isEqualTo(end);
    write(4, 4);
    assertThat(readBack()).isEqualTo(decisions(1, 4));
    assertThat(Files.size(file())).isEqualTo(JournalFile.SPACE_STEP);
  }

  @Test
  void aTornLastRecordIsDroppedAndAppendingResumesAfterTheLastWholeOne() throws IOException {
    write(1, 3);
    long whole = recordsEnd();
    write(4, 4);
    long end = recordsEnd();
    overwrite(end - 5, new byte[5]); // the kill struck before record 4's last bytes were written

    assertThat(readBack()).isEqualTo(decisions(1, 3));
    assertThat(recordsEnd()).isEqualTo(whole);
    assertThat(zerosFrom(whole)).isTrue();
    write(5, 5);
    List<BookEvent> expected = decisions(1, 3);
    expected.addAll(decision(5));
    assertThat(readBack()).isEqualTo(expected);
  }

  @Test
  void aGarbledLastRecordFailsItsChecksumAndIsDropped() throws IOException {
    write(1, 2);
    long whole = recordsEnd();
    write(3, 3);
    overwrite(recordsEnd() - 3, new byte[] {'#'});

    assertThat(readBack()).isEqualTo(decisions(1, 2));
    assertThat(zerosFrom(whole)).isTrue();
  }

  @Test
  void aTornGroupsLaterRecordsDoNotComeBackBehindTheRecordsWrittenNext() throws IOException {
    write(1, 2);
    long whole = recordsEnd();
    try (FileEventJournal j = FileEventJournal.open(store(), "test-journal")) {
      CompletableFuture<Void> third = j.append(decision(3));
      j.append(decision(4)).join();
      third.join();
    }
    // The disk kept the group's second record but not the first one's header.
    overwrite(whole, new byte[JournalFile.HEADER]);

    assertThat(readBack()).isEqualTo(decisions(1, 2));
    // The next record is number 3 again, as long as the lost one: were the old record 4 still
    // behind it, it would read as the next record.
    write(5, 5);
    List<BookEvent> expected = decisions(1, 2);
    expected.addAll(decision(5));
    assertThat(readBack()).isEqualTo(expected);
  }

  @Test
  void damageFarBeforeTheEndIsNotCutAsATornTailAndTheJournalIsNotOpened() throws IOException {
    write(1, 2);
    long second = recordsEnd() - 5; // inside record 2's body
    int decisions = 3;
    while (recordsEnd() < second + JournalFile.MAX_TORN_TAIL + 4096) {
      write(decisions, decisions + 4_999);
      decisions += 5_000;
    }
    overwrite(second, new byte[] {'#'}); // a bad block, long acknowledged
    long size = Files.size(file());

    assertThatThrownBy(() -> FileEventJournal.open(store(), "test-journal"))
        .isInstanceOf(TransientException.class)
        .satisfies(
            e ->
                assertThat(((TransientException) e).code())
                    .isEqualTo(CoreErrorCode.STORE_UNAVAILABLE))
        .hasStackTraceContaining("not cutting");
    assertThat(Files.size(file())).isEqualTo(size);
  }

  @Test
  void oneJournalServesOneBankAtATime() {
    try (FileEventJournal first = FileEventJournal.open(store(), "test-journal")) {
      assertThatThrownBy(() -> FileEventJournal.open(store(), "test-journal-2"))
          .isInstanceOf(TransientException.class)
          .satisfies(
              e ->
                  assertThat(((TransientException) e).code())
                      .isEqualTo(CoreErrorCode.STORE_UNAVAILABLE));
      first.append(decision(1)).join();
    }
    assertThat(readBack()).isEqualTo(decision(1));
  }

  @Test
  void aFileThatIsNotAJournalIsRefusedAndLeftAlone() throws IOException {
    Files.writeString(file(), "not a journal, but someone's file", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FileEventJournal.open(store(), "test-journal"))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("bank.journal");
    assertThat(Files.readString(file(), StandardCharsets.UTF_8))
        .isEqualTo("not a journal, but someone's file");
  }

  @Test
  void aShortFileThatIsNotAJournalIsLeftAloneToo() throws IOException {
    Files.writeString(file(), "abc", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FileEventJournal.open(store(), "test-journal"))
        .isInstanceOf(TransientException.class);
    assertThat(Files.readString(file(), StandardCharsets.UTF_8)).isEqualTo("abc");
  }

  @Test
  void aJournalTornWhileBeingCreatedStartsEmpty() throws IOException {
    Files.write(file(), Arrays.copyOf("OBJRNL01".getBytes(StandardCharsets.US_ASCII), 5));

    assertThat(readBack()).isEmpty();
    write(1, 1);
    assertThat(readBack()).isEqualTo(decision(1));
  }

  @Test
  void anH2JournalOfAnEarlierVersionIsCarriedOverOnce() {
    try (JdbcEventJournal old = new JdbcEventJournal(store().dataSource(), "old-journal")) {
      old.append(decision(1)).join();
      old.append(decision(2)).join();
    }

    write(3, 3);

    assertThat(readBack()).isEqualTo(decisions(1, 3));
    assertThat(dir.resolve("bank.journal.new")).doesNotExist();
  }
}
