package io.openbroker.recon;

/**
 * The two parties of a reconciliation: the depository bank (存管银行) and the broker (券商). Also names
 * the initiator of a transfer, since the initiating side handles its exceptions.
 */
public enum Side {
  BANK,
  BROKER
}
