package io.openbroker.banksim.internal.core;

import io.openbroker.banksim.BankResultCode;
import io.openbroker.banksim.internal.books.BankRules;
import io.openbroker.banksim.internal.books.BookEvent;
import io.openbroker.banksim.internal.books.Books;
import io.openbroker.banksim.internal.books.DeskContext;
import io.openbroker.banksim.internal.books.Outcome;
import io.openbroker.banksim.internal.desk.ReversalDesk;
import io.openbroker.banksim.internal.store.EventJournal;
import io.openbroker.banksim.internal.wire.ErrorReply;
import io.openbroker.banksim.internal.wire.WireJson;
import io.openbroker.core.CoreErrorCode;
import io.openbroker.core.TransientException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs every decision one at a time over the books, applies its events in memory, hands them to the
 * journal, and returns the answer only once the journal says they are durable. Reads wait for
 * everything decided before them to be durable too, so no answer ever reveals a state that a crash
 * could take back.
 *
 * <p>Idempotency (SPEC §6) lives here: a serial seen before with the same operation and content
 * gets the first answer's bytes; with anything else, {@code EXISTS_WITH_DIFFERENT_CONTENT}.
 */
public final class BankCore {

  private final Books books;
  private final EventJournal journal;
  private final BankRules rules;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();

  public BankCore(EventJournal journal, BankRules rules, Clock clock) {
    this.journal = journal;
    this.rules = rules;
    this.clock = clock;
    this.books = new Books();
    journal.readAll().forEach(books::apply);
  }

  /** A request that carries a broker serial: idempotent by (broker, serial). */
  public record Keyed(String operation, String serial, String contentDigest) {}

  /**
   * Decides, commits and answers one request, waiting for the commit.
   *
   * @param key the idempotency key, or null for a read-only request
   */
  public Answer execute(String brokerId, Keyed key, Function<DeskContext, Outcome> decide) {
    return awaitDurable(submit(brokerId, key, decide));
  }

  /**
   * Decides one request now and returns its answer once the decision is durable, without holding a
   * thread while the journal commits (the HTTP server signs and sends on completion).
   *
   * @param key the idempotency key, or null for a read-only request
   * @return the answer, completed after the commit; completed exceptionally with a {@link
   *     TransientException} if the commit failed
   */
  public CompletableFuture<Answer> submit(
      String brokerId, Keyed key, Function<DeskContext, Outcome> decide) {
    Decision decision = decide(brokerId, key, decide);
    Answer answer = decision.answer();
    CompletableFuture<Void> durable = decision.durable();
    if (durable.isDone() && !durable.isCompletedExceptionally()) {
      return CompletableFuture.completedFuture(answer);
    }
    return durable.handle(
        (ok, failure) -> {
          if (failure != null) {
            throw storeFailure(failure);
          }
          return answer;
        });
  }

  /**
   * Decides one request now and returns its answer at once, with the future that says when it may
   * be sent (once durable): the server signs it meanwhile and sends it on that completion.
   *
   * @param key the idempotency key, or null for a read-only request
   */
  public Decision decide(String brokerId, Keyed key, Function<DeskContext, Outcome> decide) {
    Answer answer;
    CompletableFuture<Void> durable;
    lock.lock();
    try {
      Optional<Answer> prior = key == null ? Optional.empty() : priorAnswer(brokerId, key);
      if (prior.isPresent()) {
        answer = prior.get();
        durable = journal.barrier();
      } else {
        Outcome outcome = decide.apply(DeskContext.at(clock.instant(), rules, books));
        String json = WireJson.write(outcome.reply());
        List<BookEvent> events = new ArrayList<>(outcome.events());
        if (key != null && outcome.keptForResends() && recordable(outcome.code())) {
          events.add(
              new BookEvent.ReplySaved(
                  brokerId,
                  key.serial(),
                  key.operation(),
                  key.contentDigest(),
                  outcome.code(),
                  json));
        }
        durable = commit(events);
        answer = new Answer(outcome.code(), json);
      }
    } finally {
      lock.unlock();
    }
    return new Decision(answer, durable);
  }

  /** Applies events decided outside a request (admin actions, bank-initiated traffic). */
  public void change(Function<DeskContext, List<BookEvent>> decide) {
    CompletableFuture<Void> durable;
    lock.lock();
    try {
      durable = commit(decide.apply(DeskContext.at(clock.instant(), rules, books)));
    } finally {
      lock.unlock();
    }
    awaitDurable(durable);
  }

  /** Reads the books under the lock, after everything decided before is durable. */
  public <T> T read(Function<Books, T> query) {
    T result;
    CompletableFuture<Void> durable;
    lock.lock();
    try {
      result = query.apply(books);
      durable = journal.barrier();
    } finally {
      lock.unlock();
    }
    awaitDurable(durable);
    return result;
  }

  /** Runs {@code action} on the books under the lock without waiting (for tests and checks). */
  public void inspect(Consumer<Books> action) {
    lock.lock();
    try {
      action.accept(books);
    } finally {
      lock.unlock();
    }
  }

  public BankRules rules() {
    return rules;
  }

  private CompletableFuture<Void> commit(List<BookEvent> events) {
    if (events.isEmpty()) {
      return journal.barrier();
    }
    CompletableFuture<Void> durable = journal.append(events);
    if (!durable.isCompletedExceptionally()) {
      events.forEach(books::apply);
    }
    return durable;
  }

  private Optional<Answer> priorAnswer(String brokerId, Keyed key) {
    return books
        .reply(brokerId, key.serial())
        .map(
            r -> {
              boolean sameOperation = r.operation().equals(key.operation());
              boolean sameContent =
                  r.contentDigest().equals(key.contentDigest())
                      || r.contentDigest().equals(ReversalDesk.ANY_CONTENT);
              if (sameOperation && sameContent) {
                return new Answer(r.resultCode(), r.replyJson());
              }
              return new Answer(
                  BankResultCode.EXISTS_WITH_DIFFERENT_CONTENT,
                  WireJson.write(
                      new ErrorReply(
                          BankResultCode.EXISTS_WITH_DIFFERENT_CONTENT.code(),
                          "serial already used for a different " + r.operation() + " request")));
            });
  }

  private static boolean recordable(BankResultCode code) {
    return code.kind() == BankResultCode.Kind.SUCCESS || code.kind() == BankResultCode.Kind.REFUSAL;
  }

  private static <T> T awaitDurable(CompletableFuture<T> durable) {
    try {
      return durable.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof TransientException t) {
        throw t;
      }
      throw storeFailure(e.getCause());
    }
  }

  private static TransientException storeFailure(Throwable cause) {
    Throwable root = cause instanceof CompletionException c ? c.getCause() : cause;
    return new TransientException(
        CoreErrorCode.STORE_UNAVAILABLE, "the change was not committed", root);
  }
}
