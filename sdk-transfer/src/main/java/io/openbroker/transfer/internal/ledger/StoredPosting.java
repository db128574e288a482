package io.openbroker.transfer.internal.ledger;

import io.openbroker.core.id.BusinessSerial;
import io.openbroker.core.id.FundAccount;

/** A posting row as stored. */
record StoredPosting(
    BusinessSerial serial,
    Posting.Kind kind,
    FundAccount account,
    long amountFen,
    Posting.State state) {}
