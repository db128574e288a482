package io.openbroker.banksim.internal.store;

import io.openbroker.banksim.internal.books.BookEvent;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The append-only record of the bank's book events. Appends are called in the bank's decision
 * order; each returned future completes once that batch (and every earlier one) is durable.
 */
public interface EventJournal extends AutoCloseable {

  /** Every event committed so far, in order. */
  List<BookEvent> readAll();

  /** Appends one decision's events atomically; the future completes when they are durable. */
  CompletableFuture<Void> append(List<BookEvent> events);

  /** Completes when everything appended so far is durable. */
  CompletableFuture<Void> barrier();

  /** Stops writing; pending appends complete first. */
  @Override
  void close();
}
