/**
 * End-of-day reconciliation (对账): read the bank's and the broker's files, match them record by
 * record and balance by balance, classify every difference and propose its resolution.
 */
package io.openbroker.recon;
