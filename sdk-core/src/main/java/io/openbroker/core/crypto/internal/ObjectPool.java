package io.openbroker.core.crypto.internal;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;

/**
 * A lock-free pool of initialised, non-thread-safe crypto objects (signers, verifiers).
 *
 * <p>Why a pool and not a {@code ThreadLocal}: a pool holds at most as many objects as there were
 * concurrent callers, and they go away with the signer that owns them, whereas a ThreadLocal per
 * key leaks an entry into every pooled thread that ever used any key. Last-in-first-out keeps the
 * hottest object in use. An object whose use failed is simply not returned.
 *
 * @param <T> the pooled type
 */
public final class ObjectPool<T> {

  private final ConcurrentLinkedDeque<T> idle = new ConcurrentLinkedDeque<>();
  private final Supplier<T> factory;

  public ObjectPool(Supplier<T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** An idle object, or a freshly made one when all are in use. */
  public T borrow() {
    T object = idle.pollFirst();
    return object != null ? object : factory.get();
  }

  /** Returns an object, in a clean state, for the next caller. */
  public void release(T object) {
    idle.offerFirst(object);
  }
}
