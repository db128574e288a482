package io.openbroker.transfer.internal.flow;

import io.openbroker.core.Effects;
import io.openbroker.transfer.RetryPolicy;
import io.openbroker.transfer.TransferClient;
import io.openbroker.transfer.internal.journal.JdbcTransferJournal;
import io.openbroker.transfer.internal.ledger.LedgerSql;
import io.openbroker.transfer.spi.EligibilityGate;
import io.openbroker.transfer.spi.FundLedger;
import io.openbroker.transfer.spi.RiskPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What every drive of a transfer needs: the bank, the journal, the ledger, the policy, the effects,
 * this node's name, how long a claim on a journal row lasts, and the checks before a new transfer.
 * {@code sqlLedger} is present when the ledger is the JDBC one on the journal's own {@link
 * io.openbroker.core.store.Transactions}: its postings then go into the journal's transactions.
 */
public record FlowContext(
    TransferClient bank,
    JdbcTransferJournal journal,
    FundLedger ledger,
    RetryPolicy policy,
    Effects effects,
    String node,
    Duration lease,
    RiskPolicy risk,
    EligibilityGate eligibility,
    Optional<LedgerSql> sqlLedger) {

  public FlowContext {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(journal, "journal");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(effects, "effects");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(sqlLedger, "sqlLedger");
  }

  long now() {
    return effects.clock().millis();
  }

  long leaseUntil() {
    return now() + lease.toMillis();
  }
}
