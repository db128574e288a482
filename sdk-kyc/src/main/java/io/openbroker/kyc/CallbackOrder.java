package io.openbroker.kyc;

/**
 * The two orders of 回访 (callback) and opening that Art. 8 allows: call back first and open after a
 * successful callback, or open first and allow use ({@link ApplicationState#ACTIVE}) only after a
 * successful callback.
 */
public enum CallbackOrder {
  CALLBACK_FIRST,
  OPEN_FIRST
}
