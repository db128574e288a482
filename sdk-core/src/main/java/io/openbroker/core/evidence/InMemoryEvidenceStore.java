package io.openbroker.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link EvidenceStore} in memory: for tests, simulations and short-lived processes.
 * Thread-safe.
 *
 * <pre>{@code
 * EvidenceStore store = new InMemoryEvidenceStore();
 * EvidenceLog log = EvidenceLog.builder(store, checkpointSigner).build();
 * }</pre>
 */
public final class InMemoryEvidenceStore implements EvidenceStore {

  private final List<EvidenceRecord> records = new ArrayList<>();

  /** An empty store. */
  public InMemoryEvidenceStore() {}

  /**
   * A store holding {@code records} as given, in that order: e.g. a chain exported from elsewhere,
   * to verify it.
   */
  public InMemoryEvidenceStore(List<EvidenceRecord> records) {
    this.records.addAll(List.copyOf(records));
  }

  @Override
  public synchronized void append(EvidenceRecord record) {
    records.add(Objects.requireNonNull(record, "record"));
  }

  @Override
  public synchronized List<EvidenceRecord> read(long fromPosition, int max) {
    if (fromPosition < 0 || max < 0) {
      throw new IllegalArgumentException("fromPosition and max must not be negative");
    }
    if (fromPosition >= records.size()) {
      return List.of();
    }
    int from = (int) fromPosition;
    return List.copyOf(records.subList(from, (int) Math.min(records.size(), from + (long) max)));
  }

  @Override
  public synchronized Optional<EvidenceRecord> head() {
    return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
  }

  /** How many records are stored. */
  public synchronized int size() {
    return records.size();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryEvidenceStore[" + records.size() + " records]";
  }
}
