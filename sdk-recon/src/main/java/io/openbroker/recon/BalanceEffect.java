package io.openbroker.recon;

/** What an exception means for the broker's books compared with the bank's. */
public enum BalanceEffect {
  /** 长款 — the broker's books show more than the bank's. */
  SURPLUS,
  /** 短款 — the broker's books show less than the bank's. */
  SHORTFALL,
  /** No money difference (e.g. a failed transfer recorded on one side only). */
  NONE
}
