/**
 * What a broker plugs into sdk-transfer: its fund ledger ({@link
 * io.openbroker.transfer.spi.FundLedger}; a JDBC implementation ships), and later its risk policy
 * and eligibility gate.
 */
package io.openbroker.transfer.spi;
