/** The JDBC transfer journal: rows, leases and the decision log. Not API. */
package io.openbroker.transfer.internal.journal;
