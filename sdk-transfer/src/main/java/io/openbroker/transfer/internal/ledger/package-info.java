/** The JDBC fund ledger's postings and SQL. Not API. */
package io.openbroker.transfer.internal.ledger;
