package io.openbroker.kyc.spi;

/** How a callback (回访) reaches the investor; Art. 18(7) demands the telephone. */
public enum CallbackChannel {
  TELEPHONE,
  VIDEO
}
