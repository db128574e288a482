package io.openbroker.recon.internal;

import io.openbroker.recon.Resolution;
import io.openbroker.recon.Side;

/**
 * "The side that initiated the transaction handles it" (谁发起谁处理), from the two sides' effects on the
 * client's fund balance. The side whose effect is larger booked a movement the other did not; the
 * initiator then completes or reverses it.
 */
public final class ResolutionRule {

  private ResolutionRule() {}

  /**
   * @param initiator who initiated the transfer
   * @param bankEffectFen the bank's signed effect (+ deposit, − withdrawal, 0 if no money moved)
   * @param brokerEffectFen the broker's signed effect
   */
  public static Resolution propose(Side initiator, long bankEffectFen, long brokerEffectFen) {
    long delta = brokerEffectFen - bankEffectFen;
    if (delta == 0) {
      return Resolution.INITIATOR_CORRECTS_RECORD;
    }
    boolean bankBookedMore = Math.abs(bankEffectFen) > Math.abs(brokerEffectFen);
    if (initiator == Side.BANK) {
      return bankBookedMore ? Resolution.BANK_RESENDS : Resolution.BANK_REVERSES;
    }
    if (!bankBookedMore) {
      return Resolution.BROKER_REVERSES;
    }
    return delta < 0
        ? Resolution.BROKER_CREDITS_AFTER_CONFIRMATION
        : Resolution.BROKER_DEBITS_AFTER_CONFIRMATION;
  }
}
