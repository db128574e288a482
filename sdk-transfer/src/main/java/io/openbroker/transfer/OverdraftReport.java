package io.openbroker.transfer;

import java.util.List;
import java.util.Objects;

/**
 * The result of one end-of-day overdraft check ({@link OverdraftCheck}).
 *
 * @param checked how many bank-bound fund accounts were compared
 * @param findings every account flagged, in the order checked
 */
public record OverdraftReport(int checked, List<OverdraftFinding> findings) {

  public OverdraftReport {
    Objects.requireNonNull(findings, "findings");
    findings = List.copyOf(findings);
    if (checked < 0) {
      throw new IllegalArgumentException("checked must not be negative: " + checked);
    }
  }

  /** Whether nothing was flagged and every account could be compared. */
  public boolean clean() {
    return findings.isEmpty();
  }

  /** The findings of one kind, e.g. {@code OverdraftFinding.BrokerExceedsBank.class}. */
  public <T extends OverdraftFinding> List<T> of(Class<T> kind) {
    return findings.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
