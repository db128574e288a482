package io.openbroker.transfer;

/**
 * What one recovery pass did: how many unfinished transfers it drove to success, to a definite
 * failure, and how many are still unknown (the bank did not answer definitively; the next pass
 * tries again).
 *
 * @param succeeded transfers finished as succeeded
 * @param refused transfers finished as failed or reversed
 * @param stillUnknown transfers still unfinished
 */
public record RecoveryReport(int succeeded, int refused, int stillUnknown) {

  /** How many transfers the pass drove. */
  public int driven() {
    return succeeded + refused + stillUnknown;
  }
}
