package io.openbroker.core.evidence;

import java.util.List;
import java.util.Optional;

/**
 * Where the evidence chain is kept: the service-provider interface behind {@link EvidenceLog} and
 * {@link ChainVerifier}. An implementation stores records exactly as given, in the order appended,
 * and never changes one; {@link InMemoryEvidenceStore} is the in-memory implementation (a JDBC one
 * follows). Implementations must be thread-safe.
 *
 * <pre>{@code
 * EvidenceStore store = new InMemoryEvidenceStore();
 * }</pre>
 */
public interface EvidenceStore {

  /** Appends {@code record} after the current last record. */
  void append(EvidenceRecord record);

  /**
   * Up to {@code max} records in stored order, starting at the 0-based {@code fromPosition}; fewer
   * (or none) at the end. In an untampered store a record's position equals its sequence number.
   */
  List<EvidenceRecord> read(long fromPosition, int max);

  /** The last record, or empty for an empty store. */
  Optional<EvidenceRecord> head();
}
