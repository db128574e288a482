package io.openbroker.banksim.internal.core;

import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.store.EventJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A journal in a list, durable at once: for tests of decisions and replay. */
final class InMemoryEventJournal implements EventJournal {

  private final List<BookEvent> events = new ArrayList<>();

  @Override
  public synchronized List<BookEvent> readAll() {
    return List.copyOf(events);
  }

  @Override
  public synchronized CompletableFuture<Void> append(List<BookEvent> batch) {
    events.addAll(batch);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> barrier() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {}
}
