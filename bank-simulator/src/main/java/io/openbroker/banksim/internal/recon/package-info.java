/** Reconciliation files: transfer detail, account status and account transactions as CSV. */
package io.openbroker.banksim.internal.recon;
