/** sdk-transfer's implementation: HTTP, journal, ledger and the transfer flow. Not API. */
package io.openbroker.transfer.internal;
