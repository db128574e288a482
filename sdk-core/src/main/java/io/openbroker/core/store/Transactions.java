package io.openbroker.core.store;

/**
 * Runs units of SQL work, each in a transaction: all of a unit's statements commit together or not
 * at all. {@link Transactor} opens a connection per unit; {@link GroupCommitter} runs units from
 * many threads on one connection and shares one commit among the units that queued while the
 * previous commit was being written.
 *
 * <p>Failures arrive as {@link io.openbroker.core.TransientException} ({@code STORE_UNAVAILABLE} or
 * {@code STORE_CONFLICT}); a {@link RuntimeException} thrown by the work itself passes through
 * unchanged. Either way the unit changed nothing.
 */
public interface Transactions {

  /** Runs {@code work} in one transaction and returns its result once that has committed. */
  <T> T inTransaction(SqlWork<T> work);
}
